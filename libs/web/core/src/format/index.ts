export { formatCalendarDate, formatLocalDate, formatLocalDateTime, type CalendarDateStyle } from './dates';
