import { expect } from '@open-wc/testing';
import { isWebUrl, safeHref, slug, smsHref, telHref } from '../src/shared/links.js';

describe('link allow-list', () => {
  it('lets only http, https, tel, mailto and sms become links', () => {
    expect(safeHref('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(safeHref('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeHref('tel:988')).to.equal('tel:988');
    expect(safeHref('sms:988')).to.equal('sms:988');
    expect(safeHref('/contact')).to.equal(new URL('/contact', location.href).href);
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '',
    ]) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });

  it('tells web addresses in data from everything else, without a DOM', () => {
    for (const ok of ['https://example.org', 'HTTP://example.org/a b', '/contact', 'page.html', '//example.org/x'])
      expect(isWebUrl(ok), ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.org', 'tel:988', 'data:text/html,x', 'https://', 'ftp://example.org/'])
      expect(isWebUrl(bad), bad).to.equal(false);
  });

  it('turns phone numbers as people write them into tel: and sms: links', () => {
    expect(telHref('(215) 634-5272')).to.equal('tel:2156345272');
    expect(telHref('1-800-662-4357')).to.equal('tel:18006624357');
    expect(smsHref('988')).to.equal('sms:988');
    expect(telHref('call us!')).to.equal(undefined);
  });

  it('makes fragment ids from titles in any language', () => {
    expect(slug('Safety First')).to.equal('safety-first');
    expect(slug('Educación y empoderamiento')).to.equal('educacion-y-empoderamiento');
  });
});
