import { Link } from "../router.js";
import { t } from "../text.js";
import { useTitle } from "../title.js";

export function NotFound() {
  useTitle(t.notFoundTitle);
  return (
    <>
      <h1 className="utrecht-heading-1">{t.notFoundTitle}</h1>
      <p className="utrecht-paragraph"><Link href="/">{t.notFoundBody}</Link></p>
    </>
  );
}
