import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { i18n, syncDocumentLanguage, type Language } from '../i18n/i18n.js';
import { searchWithLanguage } from '../i18n/use-url-language.js';

/** 中文 / English switch in the header; the choice is written to the URL (`?lang=en`) so it survives reload and sharing. */
export function LanguageSwitch() {
  const { t, i18n: instance } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    syncDocumentLanguage(language);
    void navigate({ pathname: location.pathname, search: searchWithLanguage(location.search, language), hash: location.hash }, { replace: true });
  };
  const current = instance.language === 'en' ? 'en' : 'zh-CN';
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      <button type="button" lang="zh-CN" aria-pressed={current === 'zh-CN'} onClick={() => choose('zh-CN')}>
        中文
      </button>
      <button type="button" lang="en" aria-pressed={current === 'en'} onClick={() => choose('en')} data-lang="en">
        English
      </button>
    </div>
  );
}
