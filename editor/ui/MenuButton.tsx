import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

export interface MenuEntry {
  id: string;
  label: string;
  /** A second line: what the item gives ("for plotly.py and Dash"). */
  hint?: string;
  disabled?: boolean;
  run: () => void;
}

interface MenuButtonProps {
  label: ReactNode;
  /** The accessible name when `label` is an icon. */
  'aria-label'?: string;
  className?: string;
  /** Groups of items, drawn with a separator between them. */
  groups: MenuEntry[][];
}

/**
 * A WAI-ARIA menu button (Radix DropdownMenu): Enter, Space or ↓ opens it, the arrow keys and
 * typed letters move, Enter chooses, Escape closes and focus returns to the button. Nothing
 * happens on focus alone, unlike a <select> whose every arrow press would download a file.
 */
export function MenuButton({ label, 'aria-label': ariaLabel, className, groups }: MenuButtonProps) {
  return (
    // Not modal: a modal menu locks page scrolling with an injected stylesheet, for no gain here.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className={className} aria-label={ariaLabel}>
          {label} <span aria-hidden="true">▾</span>
        </button>
      </DropdownMenu.Trigger>
      {/* Not portalled: the menu stays inside the toolbar's landmark (axe "region"). */}
      <DropdownMenu.Content className="menu" align="end" sideOffset={4} loop>
        {groups.map((group, g) => (
          <DropdownMenu.Group key={group[0]?.id ?? g}>
            {g > 0 && <DropdownMenu.Separator className="menu-separator" />}
            {group.map((item) => (
              <DropdownMenu.Item key={item.id} className="menu-item" disabled={item.disabled === true} onSelect={item.run}>
                <span className="menu-label">{item.label}</span>
                {item.hint !== undefined && <span className="menu-hint">{item.hint}</span>}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Group>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
