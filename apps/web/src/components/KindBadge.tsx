import type { LinkKind } from '@plandiff/model';
import { useTranslation } from 'react-i18next';

/** A coloured badge naming a link's kind (新增, 删除, 修改, 调整位置, …), its meaning on hover. */
export function KindBadge({ kind }: { kind: LinkKind }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${kind}`} title={t(`kindMeaning.${kind}`)} data-kind={kind}>
      {t(`kind.${kind}`)}
    </span>
  );
}
