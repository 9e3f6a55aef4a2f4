"""Every speed-up of the build, in a layer of its own: caches, a second process, hard links,
memory tricks. Each can be switched off (`briefing build --no-cache`, the plugin's `cache:
false`) and gives the same bytes as the plain pipeline. Nothing in the plain pipeline imports
this package; it wraps the seams the pipeline exposes (a sheet store, a renderer's cache, the
site being replaced). `layer.Speed` is the whole layer as the API and the plugin use it."""
