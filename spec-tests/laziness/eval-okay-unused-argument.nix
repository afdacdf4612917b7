# an unused argument is never evaluated
(x: y: y) (throw "boom") 1
