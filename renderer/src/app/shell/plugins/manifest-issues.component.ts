// Every issue of a refused manifest, as `toju-plugin validate` prints them: the JSON pointer, the message and the code.
import { ChangeDetectionStrategy, Component, input } from "@angular/core";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";

@Component({
  selector: "toju-manifest-issues",
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="issue-count">{{ issues().length === 1 ? "1 issue" : issues().length + " issues" }} in the manifest:</p>
    <ul class="issues">
      @for (issue of issues(); track $index) {
        <li [attr.data-code]="issue.code" [attr.data-path]="issue.path || '/'">
          <code>{{ issue.path || "/" }}</code>{{ " " + issue.message + " " }}<small>[{{ issue.code }}]</small>
        </li>
      }
    </ul>
  `,
  styles: `
    .issue-count {
      margin: 0.25rem 0 0;
      font-size: 0.9rem;
    }
  `,
})
export class ManifestIssuesComponent {
  readonly issues = input.required<readonly ManifestIssue[]>();
}
