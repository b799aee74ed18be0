/**
 * A renderer for the subset of Helm's Go-template syntax the academy-operator chart uses:
 * `{{ .Values.a.b }}`, `{{ .Release.Namespace }}`, `{{ .Release.Name }}`. Anything else throws,
 * so a template cannot quietly grow syntax the tests do not understand. Helm itself is not
 * installable here; this is what lets the tests render and validate the chart.
 */

export interface RenderContext {
  readonly Values: Record<string, unknown>;
  readonly Release: { readonly Namespace: string; readonly Name: string };
}

const ACTION = /\{\{(.*?)\}\}/g;
const PATH = /^\.(Values|Release)((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/;

/** Renders `template` with `context`; throws naming unsupported syntax or a missing value. */
export function renderTemplate(template: string, context: RenderContext): string {
  return template.replace(ACTION, (action: string, inner: string) => {
    const expression = inner.trim();
    const match = PATH.exec(expression);
    if (!match) throw new Error(`unsupported template syntax ${action}: only {{ .Values.x }} and {{ .Release.Namespace|Name }} are rendered`);
    let value: unknown = context[match[1] as 'Values' | 'Release'];
    for (const key of match[2].slice(1).split('.')) {
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (value === undefined || value === null || typeof value === 'object') throw new Error(`${expression} is not a scalar value`);
    return String(value);
  });
}
