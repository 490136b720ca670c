export { Layout, type LayoutProps } from './components/Layout';
export { PageHeading, type PageHeadingProps } from './components/PageHeading';
export { ErrorSummary, type ErrorSummaryProps, type FormError } from './components/ErrorSummary';
export { TextField, type TextFieldProps } from './components/TextField';
export {
  CheckboxesField,
  firstCheckboxId,
  InputField,
  MoneyField,
  SelectField,
  TextAreaField,
  type BaseFieldProps,
  type CheckboxesFieldProps,
  type InputFieldProps,
  type SelectFieldProps,
  type TextAreaFieldProps,
} from './components/FormFields';
export { LoadFailure, type LoadFailureProps } from './components/LoadFailure';
export { Pager, type PagerProps } from './components/Pager';
export { useCursorPages, type CursorConnection, type CursorPagerProps, type CursorPages } from './hooks/useCursorPages';
