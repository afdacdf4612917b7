# the first error raised ends the evaluation: the abort on the right is never reached
(throw "left") + (abort "right")
