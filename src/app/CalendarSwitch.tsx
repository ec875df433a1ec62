import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from './urlState';

interface CalendarSwitchProps {
  readonly value: Calendar;
  readonly onChange: (calendar: Calendar) => void;
}

/** Show Hijri (Umm al-Qura) dates beside the Gregorian ones. */
export function CalendarSwitch({ value, onChange }: CalendarSwitchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="calendar-switch">
      <label htmlFor={id}>{t('header.calendar')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value === 'hijri' ? 'hijri' : 'gregory')}>
        <option value="gregory">{t('header.calendarGregorian')}</option>
        <option value="hijri">{t('header.calendarHijri')}</option>
      </select>
    </span>
  );
}
