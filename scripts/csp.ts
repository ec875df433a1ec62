/**
 * The production Content-Security-Policy: everything from this origin, nothing inline,
 * no eval. Styles set through the DOM (React's style prop) are not inline <style>, so
 * 'self' is enough for them too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
