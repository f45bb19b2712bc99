/** The UI and HtmlService: menus, sidebars and dialogs as recorded calls. */
import type { HtmlOutputLike, MenuLike, UiLike } from '../src/server/adapters/services.ts';
import type { CallCounter } from './calls.ts';

export class FakeMenu implements MenuLike {
  readonly items: Array<{ caption: string; functionName: string } | 'separator'> = [];
  constructor(
    private readonly ui: FakeUi,
    private readonly calls: CallCounter,
  ) {}
  addItem(caption: string, functionName: string): MenuLike {
    this.calls.hit('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): MenuLike {
    this.calls.hit('Menu.addSeparator');
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.calls.hit('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export class FakeUi implements UiLike {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: Array<{ title: string; prompt: string }> = [];
  /** the dialogs shown, the last one open until `closeDialog` */
  readonly dialogs: Array<{ title: string; html: string; width: number; height: number }> = [];
  openDialog: { title: string; html: string; width: number; height: number } | null = null;
  readonly ButtonSet = { OK: 'OK' } as const;
  constructor(private readonly calls: CallCounter) {}
  createAddonMenu(): MenuLike {
    this.calls.hit('Ui.createAddonMenu');
    return new FakeMenu(this, this.calls);
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.calls.hit('Ui.showSidebar');
    this.sidebars.push(userInterface);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.calls.hit('Ui.showModalDialog');
    const dialog = {
      title,
      html: userInterface.content,
      width: userInterface.width,
      height: userInterface.height,
    };
    this.dialogs.push(dialog);
    this.openDialog = dialog;
  }
  closeDialog(): void {
    this.openDialog = null;
  }
  alert(title: string, prompt: string, _buttons: unknown): unknown {
    this.calls.hit('Ui.alert');
    this.alerts.push({ title, prompt });
    return 'OK';
  }
}

export class FakeHtmlOutput implements HtmlOutputLike {
  title = '';
  width = 600;
  height = 400;
  constructor(
    readonly content: string,
    private readonly calls: CallCounter,
  ) {}
  setTitle(title: string): HtmlOutputLike {
    this.calls.hit('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number): HtmlOutputLike {
    this.calls.hit('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  setHeight(height: number): HtmlOutputLike {
    this.calls.hit('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  getContent(): string {
    this.calls.hit('HtmlOutput.getContent');
    return this.content;
  }
}
