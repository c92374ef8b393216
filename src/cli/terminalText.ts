/** The CLI's name for the escaping every printed line goes through (src/scenario/visibleText.ts). */
export { escapeControls, hasControls } from '../scenario/visibleText.ts';
