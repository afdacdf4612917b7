# fetchTarball with a matching sha256 (of the NAR)
builtins.fetchTarball { url = "file://${toString ../../fixtures/store}/tarballs/multi.tar"; sha256 = "04m4rpy20n1ajdpns2c2132lzjkzhlmcg12arwwv9gplcb2v5s4i"; }
