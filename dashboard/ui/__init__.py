"""UI layer: Streamlit components and thin pages. The only layer that draws on screen."""
