import './ui.css';

export { Button, type ButtonProps } from './lib/Button';
export { Card, type CardProps } from './lib/Card';
export { Facts, type Fact } from './lib/Facts';
export { SelectField, type SelectFieldProps, type SelectOption } from './lib/SelectField';
export { SkipLink } from './lib/SkipLink';
export { EmptyState, ErrorState, LoadingState, type ErrorStateProps } from './lib/states';
export { TagList, type TagListProps } from './lib/Tags';
