/** The planner's version (package.json), named in the report and in every export's metadata. */
import { version } from '../../package.json';

export const APP_VERSION: string = version;
