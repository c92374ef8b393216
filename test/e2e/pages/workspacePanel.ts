/**
 * Page object of the library's "My scenarios" and of the question asked before unsaved work would
 * be replaced: save, open, rename, duplicate, delete, and answer keep / discard / cancel.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkspacePanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('workspace');
  }

  entry(name: string): Locator {
    return this.root.getByTestId('workspace-entry').filter({
      has: this.page.getByTestId('workspace-entry-name').getByText(name, { exact: true }),
    });
  }

  async names(): Promise<string[]> {
    return this.root.getByTestId('workspace-entry-name').allTextContents();
  }

  async saveCurrent(): Promise<void> {
    await this.root.getByTestId('workspace-save-current').click();
  }

  async open(name: string): Promise<void> {
    await this.entry(name).getByTestId('workspace-open').click();
  }

  async rename(name: string, to: string): Promise<void> {
    await this.entry(name).getByTestId('workspace-rename').click();
    await this.root.getByTestId('workspace-rename-input').fill(to);
    await this.root.getByTestId('workspace-rename-save').click();
    await expect(this.entry(to)).toBeVisible();
  }

  async duplicate(name: string): Promise<void> {
    await this.entry(name).getByTestId('workspace-duplicate').click();
  }

  async delete(name: string): Promise<void> {
    await this.entry(name).getByTestId('workspace-delete').click();
  }

  /** Opens a built-in scenario from its card. */
  async openBuiltIn(id: string): Promise<void> {
    await this.page.getByTestId(`open-${id}`).click();
  }

  get unsavedDialog(): Locator {
    return this.page.getByTestId('unsaved-dialog');
  }

  async answerUnsaved(answer: 'keep' | 'discard' | 'cancel'): Promise<void> {
    await expect(this.unsavedDialog).toBeVisible();
    await this.page.getByTestId(`unsaved-${answer}`).click();
    await expect(this.unsavedDialog).toBeHidden();
  }
}
