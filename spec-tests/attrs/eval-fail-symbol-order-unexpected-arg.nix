# The unexpected argument reported is the first in creation order: `dd`.
({ bb ? 1 }: bb) { dd = 1; cc = 2; }
