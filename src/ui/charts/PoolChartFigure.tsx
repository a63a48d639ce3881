import { ChartFigure as BaseChartFigure, type ChartFigureProps } from './ChartFigure.tsx'
import { POOLS_CHART_THEME } from './poolChartTheme.ts'

/** The shared chart figure in the pools palette. */
export function ChartFigure(props: Omit<ChartFigureProps, 'themeClassName'>) {
  return <BaseChartFigure themeClassName={POOLS_CHART_THEME} {...props} />
}
