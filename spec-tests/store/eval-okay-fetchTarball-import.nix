# fetchTarball: the unpacked tree can be imported
import (builtins.fetchTarball "file://${toString ../../fixtures/store}/tarballs/single.tar.gz")
