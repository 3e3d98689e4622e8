import { useState, type DragEvent, type KeyboardEvent } from 'react';

/**
 * Reordering a list by dragging an item onto another place, or with Alt and the arrow keys
 * along the list's direction (↑/↓ for a column, ←/→ for a row). Returns which item is being
 * dragged and the props that make item `index` take part.
 */
export function useReorder(length: number, move: (from: number, to: number) => void, direction: 'column' | 'row') {
  const [dragging, setDragging] = useState<number>();
  const [back, forward] = direction === 'column' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  const itemProps = (index: number) => ({
    draggable: true,
    onDragStart: (e: DragEvent) => {
      setDragging(index);
      e.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (e: DragEvent) => e.preventDefault(),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      if (dragging !== undefined) move(dragging, index);
      setDragging(undefined);
    },
    onDragEnd: () => setDragging(undefined),
    onKeyDown: (e: KeyboardEvent) => {
      if (!e.altKey) return;
      if (e.key === back && index > 0) move(index, index - 1);
      else if (e.key === forward && index < length - 1) move(index, index + 1);
      else return;
      e.preventDefault();
    },
  });
  return { dragging, itemProps };
}
