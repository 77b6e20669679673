"""Data layer: all I/O (seed files, open-data downloads and caches, the geocoder, the build) and
the repository, the only `st.cache_data` in the project. Imports the domain below it.
"""
