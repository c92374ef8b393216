/** English messages of the workspace, share links, run identity and drafts: the keys of messagesWorkspace.zh.ts. */
import type { zhWorkspace } from './messagesWorkspace.zh.ts';

export const enWorkspace: Record<keyof typeof zhWorkspace, string> = {
  'link.code.checksum':
    'The link was changed or damaged on the way (its checksum does not match); it was not opened, so that no other scenario shows in its place.',
  'link.code.truncated':
    'The link is cut short (its checksum at the end is missing). Ask the sender for the whole link.',
  'link.unchecked':
    'This is an old share link without a checksum: whether it was changed on the way cannot be checked. Check the scenario.',
  'link.repaired': 'The link had been altered on the way ({repairs}); it was repaired and opened.',
  'link.repair.encoded-hash': 'its “#” encoded',
  'link.repair.percent-encoding': 'characters encoded',
  'link.repair.whitespace': 'a line break inside',
  'link.repair.trailing-characters': 'characters after its end',
  'link.warnings': 'Parts of the link could not be used:',
  'share.lastValid':
    'The scenario has unfinished or invalid input: the link holds its last valid version (the one the results use).',
  'share.tooLong':
    'This scenario is too large for a link ({chars} characters; a planner opens links of up to {max}). Export it as JSON from the Library and send the file instead.',
  'share.qrTooLong': 'The link is too long for a QR code ({chars} characters): copy it and send it as text.',
  'workspace.copyName': '{name} (copy)',
  'workspace.keptName': '{name} (unsaved edits)',
  'workspace.title': 'My scenarios',
  'workspace.intro': 'Scenarios kept in this browser. The one you are working on is saved as you edit.',
  'workspace.empty':
    'Nothing saved yet. Save the scenario you are working on, duplicate a built-in one, or import a JSON file.',
  'workspace.saveCurrent': 'Save current scenario',
  'workspace.saveCurrentAs': 'Name',
  'workspace.open': 'Open',
  'workspace.isOpen': 'open now',
  'workspace.rename': 'Rename',
  'workspace.renameLabel': 'New name for “{name}”',
  'workspace.renameSave': 'Save name',
  'workspace.duplicate': 'Duplicate',
  'workspace.duplicateLabel': 'Duplicate “{name}”',
  'workspace.delete': 'Delete',
  'workspace.deleteLabel': 'Delete “{name}”',
  'workspace.deleted': '“{name}” was deleted.',
  'workspace.undoDelete': 'Undo delete',
  'workspace.export': 'Export',
  'workspace.exportLabel': 'Export “{name}” (JSON)',
  'workspace.exportAll': 'Export all (JSON)',
  'workspace.import': 'Import JSON',
  'workspace.imported': 'Imported {count} scenario(s) into My scenarios.',
  'workspace.importFailed': 'The file was not imported (nothing of it was):',
  'workspace.updated': 'changed {when}',
  'workspace.drafts': '{count} field(s) with unfinished typing',
  'workspace.basedOn': 'based on: {base}',
  'workspace.builtIn': 'Built-in scenarios',
  'workspace.keptOnOpen':
    'The link opened another scenario; your unsaved changes were kept in My scenarios as “{name}”.',
  'workspace.keptFromOtherTab':
    'Another tab changed this scenario; rather than overwrite it, your edits here are saved as “{name}”.',
  'workspace.otherTabName': '{name} (edits from this tab)',
  'workspace.keptLate':
    'This browser’s storage answered only after the page had opened and you had changed it; the unsaved changes it held were kept in My scenarios as “{name}”.',
  'workspace.dismiss': 'OK',
  'unsaved.title': 'Unsaved changes',
  'unsaved.body':
    '“{name}” has changes that are not saved in My scenarios. What should happen to them before “{target}” opens?',
  'unsaved.keep': 'Keep them in My scenarios and open',
  'unsaved.discard': 'Discard them and open',
  'unsaved.cancel': 'Cancel',
  'unsaved.undoHint': 'Discarded changes can still be brought back with Undo in the editor.',
  'storage.unavailable':
    'This browser does not let the planner store anything (storage is disabled or unavailable). Your work is kept in this tab only: export it to keep it.',
  'storage.full':
    'Browser storage is full: the latest changes could not be saved. Your work is kept in this tab; free some space or export your scenarios.',
  'storage.error': 'Saving in this browser failed. Your work is kept in this tab; export it to be safe.',
  'storage.details': 'The browser said: {detail}',
  'header.saved': 'saved',
  'header.save': 'Save',
  'header.saveHint': 'Save in My scenarios',
  'header.savedIn': 'Saved in My scenarios',
  'result.identity': 'Run {run} · inputs {hash} · seed {seed} · {done} of {total} replications',
  'result.final': 'final',
  'result.partial':
    'Partial: {done} of {total} replications so far; the figures change until the run is done.',
  'result.partialStopped':
    'Partial: the run stopped after {done} of {total} replications ({status}); these figures are not the whole run.',
  'result.stopped.cancelled': 'cancelled',
  'result.stopped.failed': 'failed',
  'result.stale': 'Stale: these results are for earlier inputs. Changed since:',
  'result.staleMore': '…and {count} more',
  'result.invalidInputs': 'The scenario has {count} problem(s); these results are for the last valid inputs.',
  'result.draft': '{field}: “{text}” is not a number',
  'result.waitingNew': 'Running again with the current inputs…',
};
