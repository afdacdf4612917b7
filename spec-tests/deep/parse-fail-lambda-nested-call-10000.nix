(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
(x:
x
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
) 1
