<?php
/**
 * One renderer behind every block and the shortcode: the element, printed by
 * PHP with its data escaped for an attribute, and our module enqueued once, on
 * the pages that show one.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Content larger than this (characters of JSON) goes by `src` to the site's own endpoint instead of inline. */
const HR_WIDGETS_INLINE_MAX = 100000;

add_action( 'init', 'hr_widgets_register_blocks' );
add_action( 'init', 'hr_widgets_register_shortcode' );

/** A block per element, from the block.json the build wrote for it. */
function hr_widgets_register_blocks() {
	wp_register_script(
		'hr-widgets-editor',
		plugins_url( 'editor.js', HR_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-core-data', 'wp-i18n', 'wp-html-entities', 'wp-server-side-render' ),
		HR_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script(
		'hr-widgets-editor',
		'wp.i18n.setLocaleData(' . wp_json_encode( hr_widgets_script_locale_data() ) . ', "hr-widgets");' .
		'window.hrWidgetsElements = ' . wp_json_encode( hr_widgets_editor_elements() ) . ';' .
		'window.hrWidgetsStudio = ' . wp_json_encode( hr_widgets_studio_url( 0 ) ) . ';',
		'before'
	);
	foreach ( array_keys( hr_widgets_elements() ) as $name ) {
		register_block_type(
			HR_WIDGETS_DIR . '/blocks/' . $name,
			array(
				'render_callback' => static function ( $attributes ) use ( $name ) {
					$ref = isset( $attributes['content'] ) ? (int) $attributes['content'] : 0;
					return hr_widgets_render( $name, $ref, $attributes );
				},
			)
		);
	}
}

/** What the editor script needs of each element: its attributes. */
function hr_widgets_editor_elements() {
	$out = array();
	foreach ( hr_widgets_elements() as $name => $element ) {
		$out[ $name ] = array_merge( hr_widgets_words( $element ), array( 'needsData' => $element['needsData'] ) );
	}
	return $out;
}

function hr_widgets_register_shortcode() {
	add_shortcode( 'hr_widget', 'hr_widgets_shortcode' );
}

/**
 * `[hr_widget id="12"]` or `[hr_widget id="our-quiz" lang="es"]`: the content's element, with the attributes it knows.
 *
 * @param array<string, string>|string $atts The shortcode's attributes.
 * @return string
 */
function hr_widgets_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$post = hr_widgets_find( $atts['id'] ?? '' );
	if ( ! $post ) {
		/* translators: %s: the id or slug given. */
		return hr_widgets_tell_editors( sprintf( __( 'No widget content has the id or slug "%s".', 'hr-widgets' ), $atts['id'] ?? '' ) );
	}
	$read = hr_widgets_content( $post );
	if ( ! isset( $read['json'] ) ) {
		/* translators: %s: the content's title. */
		return hr_widgets_tell_editors( sprintf( __( '"%s" has no valid content yet. Open it in hr-widgets to fix it.', 'hr-widgets' ), get_the_title( $post ) ) );
	}
	return hr_widgets_render( $read['element'], $post->ID, $atts );
}

/**
 * An hr_widget post by id or slug.
 *
 * @param mixed $ref A post id, or a slug.
 * @return WP_Post|null
 */
function hr_widgets_find( $ref ) {
	if ( is_numeric( $ref ) && (int) $ref > 0 ) {
		$post = get_post( (int) $ref );
	} elseif ( is_string( $ref ) && '' !== $ref ) {
		$found = get_posts(
			array(
				'post_type'      => HR_WIDGETS_TYPE,
				'name'           => sanitize_title( $ref ),
				'post_status'    => 'any',
				'posts_per_page' => 1,
			)
		);
		$post  = $found ? $found[0] : null;
	} else {
		$post = null;
	}
	return $post instanceof WP_Post && HR_WIDGETS_TYPE === $post->post_type ? $post : null;
}

/**
 * Whether this request may show a post's content: published content for everyone; a draft or private content only in
 * a preview or the editor, to people who may read it. Otherwise any Author's shortcode could print another user's draft.
 *
 * @param WP_Post $post An hr_widget post.
 * @return bool
 */
function hr_widgets_may_show( $post ) {
	if ( 'publish' === $post->post_status && '' === $post->post_password ) {
		return true;
	}
	$previewing = is_preview() || ( defined( 'REST_REQUEST' ) && REST_REQUEST );
	return $previewing && current_user_can( 'read_post', $post->ID );
}

/**
 * A problem, for people who can edit this page only; visitors see nothing.
 *
 * @param string $message What is wrong and what to do.
 * @return string
 */
function hr_widgets_tell_editors( $message ) {
	$page = get_the_ID();
	$can  = $page ? current_user_can( 'edit_post', $page ) : current_user_can( 'edit_posts' );
	if ( ! $can ) {
		return '';
	}
	return '<p class="hr-widgets-problem" role="note"><strong>' . esc_html__( 'hr-widgets:', 'hr-widgets' ) . '</strong> ' . esc_html( $message ) . '</p>';
}

/**
 * The element for a block or a shortcode.
 *
 * @param string               $name       The element (`quiz`, …).
 * @param int                  $content_id The hr_widget post with its data, or 0 (an element that needs none).
 * @param array<string, mixed> $given      Attributes from the block or the shortcode; unknown ones are ignored.
 * @return string
 */
function hr_widgets_render( $name, $content_id, $given ) {
	$element = hr_widgets_element( $name );
	if ( null === $element ) {
		return hr_widgets_tell_editors( __( 'This content names no element this plugin has.', 'hr-widgets' ) );
	}
	// One quick exit per page: when the site has one on every page, a block's would be a second button.
	if ( 'quick-exit' === $name && hr_widgets_exit_setting()['on'] ) {
		return hr_widgets_tell_editors( __( 'The quick exit is already on every page of this site (hr-widgets → Settings), so this block shows nothing.', 'hr-widgets' ) );
	}
	$html_attributes = hr_widgets_attributes( $element, $given );
	if ( $content_id ) {
		$post = get_post( $content_id );
		if ( ! $post || HR_WIDGETS_TYPE !== $post->post_type ) {
			return hr_widgets_tell_editors( __( 'The chosen content no longer exists. Choose other content in the block settings.', 'hr-widgets' ) );
		}
		if ( ! hr_widgets_may_show( $post ) ) {
			/* translators: %s: the content's title. */
			return hr_widgets_tell_editors( sprintf( __( '"%s" is not published, so visitors do not see it.', 'hr-widgets' ), get_the_title( $post ) ) );
		}
		$read = hr_widgets_content( $post );
		if ( ! isset( $read['json'] ) ) {
			/* translators: %s: the content's title. */
			return hr_widgets_tell_editors( sprintf( __( '"%s" has no valid content yet. Open it in hr-widgets to fix it.', 'hr-widgets' ), get_the_title( $post ) ) );
		}
		if ( $read['element'] !== $name ) {
			/* translators: %s: the content's title. */
			return hr_widgets_tell_editors( sprintf( __( '"%s" is content for another element.', 'hr-widgets' ), get_the_title( $post ) ) );
		}
		$data = hr_widgets_encode( $read['data'] );
		if ( strlen( $data ) > HR_WIDGETS_INLINE_MAX && 'publish' === $post->post_status ) {
			$html_attributes['src'] = rest_url( 'hr-widgets/v1/content/' . $post->ID );
		} else {
			$html_attributes['data'] = $data;
		}
	} elseif ( $element['needsData'] ) {
		return hr_widgets_tell_editors( __( 'Choose the content to show in the block settings.', 'hr-widgets' ) );
	}
	hr_widgets_enqueue();
	$out = '<' . $element['tag'];
	foreach ( $html_attributes as $attribute => $value ) {
		$out .= true === $value ? ' ' . $attribute : ' ' . $attribute . '="' . esc_attr( (string) $value ) . '"';
	}
	return $out . '></' . $element['tag'] . '>';
}

/**
 * The HTML attributes an element knows, from block or shortcode attributes: enums within their values, numbers within
 * their range, booleans as present or absent, addresses http(s) only. Anything else is left out.
 *
 * @param array<string, mixed> $element The element.
 * @param array<string, mixed> $given   Given attributes.
 * @return array<string, string|true>
 */
function hr_widgets_attributes( $element, $given ) {
	$out = array();
	if ( in_array( $given['lang'] ?? '', array( 'en', 'es' ), true ) ) {
		$out['lang'] = $given['lang'];
	}
	foreach ( $element['attributes'] as $attribute => $spec ) {
		// Blocks name attributes in camelCase (headingLevel), shortcodes as the element does (heading-level).
		$camel = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
		$value = $given[ $camel ] ?? $given[ $attribute ] ?? null;
		// A shortcode's attribute without a value ([hr_widget id="q" shuffle]) comes as a value of its own.
		if ( null === $value && 'bool' === $spec['kind'] && in_array( $attribute, array_filter( $given, 'is_int', ARRAY_FILTER_USE_KEY ), true ) ) {
			$value = true;
		}
		if ( null === $value || '' === $value ) {
			continue;
		}
		switch ( $spec['kind'] ) {
			case 'bool':
				if ( true === $value || in_array( strtolower( (string) $value ), array( 'true', '1', 'yes', 'on', $attribute ), true ) ) {
					$out[ $attribute ] = true;
				}
				break;
			case 'number':
				if ( is_numeric( $value ) && (float) $value >= $spec['min'] && (float) $value <= $spec['max'] ) {
					$out[ $attribute ] = (string) (int) $value;
				}
				break;
			case 'enum':
				if ( in_array( (string) $value, $spec['values'], true ) ) {
					$out[ $attribute ] = (string) $value;
				}
				break;
			case 'url':
				$url = esc_url_raw( (string) $value, array( 'http', 'https' ) );
				if ( '' !== $url ) {
					$out[ $attribute ] = $url;
				}
				break;
		}
	}
	return $out;
}

/** Our module, once per page, as a module: script modules from WordPress 6.5, before that a script with type="module". */
function hr_widgets_enqueue() {
	$url = plugins_url( 'assets/hr-widgets.js', HR_WIDGETS_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'hr-widgets', $url, array(), HR_WIDGETS_VERSION );
		return;
	}
	wp_enqueue_script( 'hr-widgets', $url, array(), HR_WIDGETS_VERSION, true );
}

add_filter( 'script_loader_tag', 'hr_widgets_module_tag', 10, 2 );

/**
 * Before WordPress 6.5: our script is a module, or the browser stops at its first `export`.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function hr_widgets_module_tag( $tag, $handle ) {
	if ( 'hr-widgets' !== $handle ) {
		return $tag;
	}
	return (string) preg_replace( '/<script(?![^>]*\stype=)/', '<script type="module"', str_replace( " type='text/javascript'", '', $tag ), 1 );
}

add_action( 'enqueue_block_editor_assets', 'hr_widgets_editor_module' );

/** In the editor the preview is the real element: the module, as a script of type module on every version. */
function hr_widgets_editor_module() {
	wp_enqueue_script( 'hr-widgets', plugins_url( 'assets/hr-widgets.js', HR_WIDGETS_FILE ), array(), HR_WIDGETS_VERSION, true );
}
