/** The whole store's state: one slice per concern (zustand's slices pattern). */
import type { RunSlice } from './runSlice.ts';
import type { ScenarioSlice } from './scenarioSlice.ts';
import type { UiSlice } from './uiSlice.ts';
import type { WorkspaceSlice } from './workspaceSlice.ts';

export type AppState = ScenarioSlice & RunSlice & UiSlice & WorkspaceSlice;
