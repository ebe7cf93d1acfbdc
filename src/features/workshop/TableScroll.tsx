// Shared with the planner: the scroller lives in components/ui.
export { TableScroll } from '@/components/ui/TableScroll';
