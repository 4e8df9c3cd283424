-- ConvexHull.hs: Andrew's monotone chain, O(n log n).
module ConvexHull (hull) where

import Data.List (sort)

type Pt = (Double, Double)

cross :: Pt -> Pt -> Pt -> Double
cross (ox, oy) (ax, ay) (bx, by) = (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)

half :: [Pt] -> [Pt]
half = reverse . foldl step []
  where
    step (b:a:rest) p | cross a b p <= 0 = step (a:rest) p
    step acc p = p : acc

hull :: [Pt] -> [Pt]
hull ps
  | length pts < 3 = pts
  | otherwise = init lower ++ init upper
  where
    pts = sort ps
    lower = half pts
    upper = half (reverse pts)
