// What other modules may use from stats: the home page's platform figures.
export { HomeStatCards } from './components/HomeStatCards';
export { useHomeStats } from './hooks/useHomeStats';
