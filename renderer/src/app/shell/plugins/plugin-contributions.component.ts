// Everything running plugins contribute, in one place, for the shell while no chat is open (signed out): composer
// actions, pages, panels of every location, channel sections not tied to a channel, and settings. The chat layout
// places the same components where they belong instead.
import { ChangeDetectionStrategy, Component } from "@angular/core";
import { ChannelSectionsComponent } from "./channel-sections.component";
import { PluginActionsComponent } from "./plugin-actions.component";
import { PluginPagesComponent } from "./plugin-pages.component";
import { PluginPanelsComponent } from "./plugin-panels.component";
import { PluginSettingsComponent } from "./plugin-settings.component";

@Component({
  selector: "toju-plugin-contributions",
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PluginActionsComponent, PluginPagesComponent, PluginPanelsComponent, ChannelSectionsComponent, PluginSettingsComponent],
  template: `
    <toju-plugin-actions context="composer" />
    <div class="workspace">
      <toju-plugin-panels location="left" />
      <div class="center">
        <toju-plugin-pages />
        <toju-channel-sections />
        <toju-plugin-panels location="bottom" />
      </div>
      <toju-plugin-panels location="right" />
    </div>
    <toju-plugin-settings />
  `,
  styles: `
    .workspace {
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: 1rem;
      margin: 0.75rem 0;
    }
  `,
})
export class PluginContributionsComponent {}
