import './ui.css';

export { Button, type ButtonProps } from './lib/Button';
export { Card, type CardProps } from './lib/Card';
export { ChipList, type Chip, type ChipListProps } from './lib/Chips';
export { Facts, type Fact } from './lib/Facts';
export {
  CheckboxGroup,
  RadioGroup,
  TextAreaField,
  TextField,
  type CheckboxGroupProps,
  type CheckboxOption,
  type RadioGroupProps,
  type TextAreaFieldProps,
  type TextFieldProps,
} from './lib/fields';
export { FormError, Notice, type FormErrorProps } from './lib/messages';
export {
  SelectField,
  type SelectFieldProps,
  type SelectOption,
  type SelectOptionGroup,
} from './lib/SelectField';
export { SkipLink } from './lib/SkipLink';
export { EmptyState, ErrorState, LoadingState, type ErrorStateProps } from './lib/states';
export { Switch, type SwitchProps } from './lib/Switch';
export { TagList, type TagListProps } from './lib/Tags';
