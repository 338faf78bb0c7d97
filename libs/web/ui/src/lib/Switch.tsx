export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Id of the text that says what turning it on means. */
  describedBy?: string;
  /** A change is being saved: further presses wait for it. */
  busy?: boolean;
}

/**
 * An on/off choice that takes effect at once: a native checkbox with the switch role, so it is
 * reached with Tab, turned with Space, and announced as "on" or "off".
 */
export function Switch({ label, checked, onChange, describedBy, busy = false }: SwitchProps) {
  return (
    <label className="ui-switch">
      <input
        type="checkbox"
        role="switch"
        className="ui-switch__input"
        checked={checked}
        aria-describedby={describedBy}
        aria-busy={busy || undefined}
        onChange={(event) => {
          if (!busy) onChange(event.target.checked);
        }}
      />
      <span className="ui-switch__track" aria-hidden="true">
        <span className="ui-switch__thumb" />
      </span>
      <span className="ui-switch__label">{label}</span>
    </label>
  );
}
