export { formatCalendarDate, formatLocalDateTime, type CalendarDateStyle } from './dates';
