/**
 * The notice on every public page while the figures are computed on a synthetic register: it says so plainly, and
 * when the register is a sample (scale < 1) how large a sample, so nobody takes its counts for the real ones.
 */
import type { Meta } from "../meta.js";
import { sampleScale, scalePct } from "../sample.js";
import { t } from "../text.js";

export function DataNotice({ meta }: { meta: Meta }) {
  if (!meta.data?.synthetic) return null;
  const scale = sampleScale(meta);
  return (
    <div className="utrecht-alert utrecht-alert--warning vsv-data-notice" role="note" aria-labelledby="vsv-data-notice-title" data-testid="data-notice">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">
            <strong id="vsv-data-notice-title">{t.data.title}.</strong> {t.data.synthetic}
            {scale !== null ? <> {t.data.sample(scalePct(scale))}</> : null}
          </p>
        </div>
      </div>
    </div>
  );
}
