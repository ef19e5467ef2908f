import type { TFunction } from 'i18next';

/**
 * Every reader-facing string of the provinces cross-section page, read from the viewer's i18next catalogue
 * (`crossSection.*` in src/i18n/zh-CN.ts and en.ts) in the language shown. Functions take the values they
 * interpolate. Field terms as the reports write them: 未设定 (the report is stored and sets no target) is not
 * 未收录 (the report is not stored); 以上 / 左右 / 以内 name the modifiers.
 *
 * @param t the translation function of `useTranslation()` (so a language switch re-renders with new texts)
 */
export function crossSectionStrings(t: TFunction) {
  const k = (key: string, values?: Record<string, unknown>) => t(`crossSection.${key}`, values ?? {}) as string;
  const table = (key: string) => (t(`crossSection.${key}`, { returnObjects: true }) ?? {}) as Record<string, string>;
  return {
    crumbHome: k('crumbHome'),
    crumbPage: k('title'),
    title: k('title'),
    pageTitle: (name: string, year: number) => k('pageTitle', { name, year }),
    lede: (year: number) => k('lede', { year }),
    yearLabel: k('yearLabel'),
    referenceNone: (series: string, year: number) => k('referenceNone', { series, year }),
    referenceShown: (series: string, year: number) => k('referenceShown', { series, year }),
    storedCount: (stored: number, listed: number) => k('storedCount', { stored, listed }),
    province: k('province'),
    sortBy: (metric: string) => k('sortBy', { metric }),
    sortedAsc: k('sortedAsc'),
    sortedDesc: k('sortedDesc'),
    national: k('national'),
    chartImage: (metric: string, bars: string) => k('chartImage', { metric, bars }),
    tableHeading: k('tableHeading'),
    showAllMetrics: (n: number) => k('showAllMetrics', { n }),
    showFewerMetrics: k('showFewerMetrics'),
    notSet: k('notSet'),
    notSetTitle: k('notSetTitle'),
    notInExcerpt: k('notInExcerpt'),
    notInExcerptTitle: k('notInExcerptTitle'),
    notInExcerptText: k('notInExcerptText'),
    notFound: k('notFound'),
    notFoundTitle: table('notFoundTitle'),
    excerptTag: k('excerptTag'),
    quality: table('quality'),
    qualityTitle: k('qualityTitle'),
    damaged: k('damaged'),
    exportCsv: k('exportCsv'),
    noMetrics: k('noMetrics'),
    legendNotSet: k('legendNotSet'),
    legendNotFound: k('legendNotFound'),
    legendExcerpt: k('legendExcerpt'),
    legendClick: k('legendClick'),
    chartTitle: k('chartTitle'),
    chartIndicator: k('chartIndicator'),
    chartRangeNote: k('chartRangeNote'),
    chartOtherUnit: (unit: string) => k('chartOtherUnit', { unit }),
    chartWorded: k('chartWorded'),
    chartNotSet: k('chartNotSet'),
    chartNotFound: k('chartNotFound'),
    chartEmpty: k('chartEmpty'),
    sourceOf: (province: string, metric: string) => k('sourceOf', { province, metric }),
    openPlan: k('openPlan'),
    close: k('close'),
    modifier: table('modifier'),
    aspirational: k('aspirational'),
    loadingCollection: k('loadingCollection'),
    loadingCrossSection: k('loadingCrossSection'),
    links: k('links'),
    link: (name: string, year: number) => k('link', { name, year }),
    linkStored: (stored: number, listed: number, nameZh: string | null) =>
      nameZh === null ? k('linkStoredCount', { stored, listed }) : k('linkStored', { stored, listed, nameEn: nameZh }),
  };
}

/** The strings of the cross-section page in one language (see crossSectionStrings). */
export type CrossSectionStrings = ReturnType<typeof crossSectionStrings>;
