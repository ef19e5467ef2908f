import { useTranslation } from 'react-i18next';
import { useId, useState, type DragEvent } from 'react';

interface NoticeInputProps {
  busy: boolean;
  onSubmit: (notice: File | string) => void;
}

/**
 * Where a reader gives a notice: drop a file (any published format — PDF, Word, WPS, spreadsheets, ZIP, HTML, text —
 * in any encoding; the server detects both), choose one, or paste
 * the text. Submitting sends the file or the pasted text; nothing is saved.
 */
export function NoticeInput({ busy, onSubmit }: NoticeInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      setFile(dropped);
      setText('');
    }
  };
  const ready = file !== null || text.trim() !== '';
  return (
    <form
      className="notice-input"
      onSubmit={(event) => {
        event.preventDefault();
        if (file) onSubmit(file);
        else if (text.trim() !== '') onSubmit(text);
      }}
    >
      <div
        className={`drop-zone${over ? ' is-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>
          <strong>{t('check.drop')}</strong> {t('check.choose_file')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.htm,.html,.pdf,.doc,.docx,.wps,.xls,.xlsx,.et,.zip,text/plain,text/html,application/pdf"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            if (event.target.files?.[0]) setText('');
          }}
        />
        {file ? (
          <p className="chosen-file">
            {file.name} · {(file.size / 1024).toFixed(1)} KB{' '}
            <button type="button" className="link-button" onClick={() => setFile(null)}>
              {t('check.remove')}
            </button>
          </p>
        ) : null}
      </div>
      <label className="paste-label" htmlFor={`${id}-text`}>
        {t('check.paste')}
      </label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={text}
        disabled={file !== null}
        placeholder="2025年政府工作报告……"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button" disabled={!ready || busy}>
        {busy ? t('check.parsing') : t('check.parse')}
      </button>
    </form>
  );
}
