/**
 * The blocks in the editor: pick saved content by title, the language and the
 * element's own settings in the sidebar; the preview is the element itself,
 * rendered by the server as visitors get it. Plain script over WordPress's
 * globals: no build step.
 */
(function (wp, elements, studio) {
  'use strict';
  const el = wp.element.createElement;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, RangeControl, TextControl, Placeholder } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { decodeEntities } = wp.htmlEntities;

  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

  /** One sidebar control per attribute of the element, from its spec. */
  function control(name, spec, attributes, setAttributes) {
    const key = camel(name);
    const set = (value) => setAttributes({ [key]: value });
    const value = attributes[key];
    if (spec.kind === 'bool') return el(ToggleControl, { key, label: spec.label, help: spec.description, checked: !!value, onChange: set });
    if (spec.kind === 'enum')
      return el(SelectControl, {
        key,
        label: spec.label,
        help: spec.description,
        value: value || '',
        options: [{ label: __('Default', 'hr-widgets'), value: '' }].concat(spec.choices),
        onChange: set,
      });
    if (spec.kind === 'number')
      return el(RangeControl, {
        key,
        label: spec.label,
        help: spec.description,
        value,
        min: spec.min,
        max: spec.max,
        allowReset: true,
        onChange: set,
      });
    return el(TextControl, { key, label: spec.label, help: spec.description, type: 'url', value: value || '', onChange: set });
  }

  /** The studio's address for this content (or new content of this element), coming back to this post. */
  function studioLink(name, content) {
    const url = new URL(studio, location.href);
    if (content) url.searchParams.set('content', String(content));
    else url.searchParams.set('element', name);
    const post = wp.data.select('core/editor')?.getCurrentPostId();
    url.searchParams.set('back', post ? new URL(`post.php?post=${post}&action=edit`, url).href : location.href);
    return url.href;
  }

  function edit(name, element) {
    return function Edit({ attributes, setAttributes }) {
      const props = useBlockProps();
      // Published content, everyone's, in view context: the store asks in edit context by default, which leaves out content the person cannot edit.
      const posts = wp.data.useSelect(
        (select) =>
          select('core').getEntityRecords('postType', 'hr_widget', { per_page: 100, orderby: 'title', order: 'asc', context: 'view' }),
        [],
      );
      const mine = (posts || []).filter((p) => p.hr_element === name);
      const sidebar = el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Content', 'hr-widgets') },
          el(SelectControl, {
            label: __('Saved content', 'hr-widgets'),
            help: posts
              ? __('Published content of this kind, by title. Make it under hr-widgets in the admin menu.', 'hr-widgets')
              : __('Loading…', 'hr-widgets'),
            value: attributes.content || 0,
            options: [
              { label: element.needsData ? __('Choose content', 'hr-widgets') : __('Built-in content', 'hr-widgets'), value: 0 },
            ].concat(mine.map((p) => ({ label: decodeEntities(p.title.rendered) || `#${p.id}`, value: p.id }))),
            onChange: (value) => setAttributes({ content: Number(value) }),
          }),
          // To the studio in wp-admin and back here (the editor asks first when this post has unsaved changes).
          el(
            'p',
            null,
            el(
              'a',
              { className: 'components-button is-secondary', href: studioLink(name, attributes.content) },
              attributes.content ? __('Edit in the studio', 'hr-widgets') : __('Make new content in the studio', 'hr-widgets'),
            ),
          ),
          el(SelectControl, {
            label: __('Language', 'hr-widgets'),
            value: attributes.lang || '',
            options: [
              { label: __('The page’s language', 'hr-widgets'), value: '' },
              { label: 'English', value: 'en' },
              { label: 'Español', value: 'es' },
            ],
            onChange: (value) => setAttributes({ lang: value }),
          }),
        ),
        Object.keys(element.attributes).length
          ? el(
              PanelBody,
              { title: __('Settings', 'hr-widgets') },
              Object.entries(element.attributes).map(([attribute, spec]) => control(attribute, spec, attributes, setAttributes)),
            )
          : null,
      );
      const preview =
        element.needsData && !attributes.content
          ? el(Placeholder, {
              label: element.title,
              instructions: __('Choose saved content in the block settings.', 'hr-widgets'),
            })
          : el(ServerSideRender, { block: `hr-widgets/${name}`, attributes });
      return el('div', props, sidebar, preview);
    };
  }

  for (const [name, element] of Object.entries(elements))
    // The name and description in the person's language (block.json's are English).
    wp.blocks.registerBlockType(`hr-widgets/${name}`, {
      title: element.title,
      description: element.description,
      edit: edit(name, element),
      save: () => null,
    });
})(window.wp, window.hrWidgetsElements, window.hrWidgetsStudio);
