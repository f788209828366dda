<?php
/**
 * Content of its own: one `hr_widget` post per quiz, directory, set of lines or
 * principles. The post's content holds `{"element": "quiz", "data": {…}}` as
 * JSON written in ASCII with every character HTML gives meaning to escaped
 * (`\u003C`, `\u0026`, …): WordPress's HTML filter (kses), which runs on the
 * content of users without `unfiltered_html`, finds nothing to change in it,
 * so no filter is lifted, and revisions (which copy the content) work on every
 * supported version. Every save is validated first; a save with problems keeps
 * the content as it was.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

const HR_WIDGETS_TYPE = 'hr_widget';
/** Deepest nesting of the JSON: the deepest element data is far shallower. */
const HR_WIDGETS_DEPTH = 64;

add_action( 'init', 'hr_widgets_register_type' );

/** The post type: edited in wp-admin and read through REST, never a page of its own on the site. */
function hr_widgets_register_type() {
	register_post_type(
		HR_WIDGETS_TYPE,
		array(
			'labels'              => array(
				'name'               => __( 'Widgets', 'hr-widgets' ),
				'singular_name'      => __( 'Widget', 'hr-widgets' ),
				'menu_name'          => __( 'hr-widgets', 'hr-widgets' ),
				'add_new'            => __( 'Add widget content', 'hr-widgets' ),
				'add_new_item'       => __( 'Add widget content', 'hr-widgets' ),
				'edit_item'          => __( 'Edit widget content', 'hr-widgets' ),
				'new_item'           => __( 'New widget content', 'hr-widgets' ),
				'search_items'       => __( 'Search widget content', 'hr-widgets' ),
				'not_found'          => __( 'No widget content yet.', 'hr-widgets' ),
				'not_found_in_trash' => __( 'No widget content in the trash.', 'hr-widgets' ),
			),
			'description'         => __( 'Quizzes, directories, help lines and principles, shown by the hr-widgets blocks and the [hr_widget] shortcode.', 'hr-widgets' ),
			'public'              => false,
			'show_ui'             => true,
			'show_in_rest'        => true,
			'rest_base'           => 'hr-widgets',
			'menu_icon'           => 'dashicons-sos',
			'supports'            => array( 'title', 'author', 'revisions' ),
			// The rights of posts: Authors publish their own, Contributors submit theirs, Editors handle everyone's.
			'capability_type'     => 'post',
			'map_meta_cap'        => true,
			'rewrite'             => false,
			'query_var'           => false,
			'exclude_from_search' => true,
		)
	);
}

/**
 * A problem with content, where it is (`questions[0].prompt`, empty for the whole) and what is wrong.
 *
 * @param string $path    Where, in the element's own notation.
 * @param string $message What is wrong, in words.
 * @param string $code    What kind of problem, for code that combines them (the schema's keyword).
 * @return array{path: string, message: string, code?: string}
 */
function hr_widgets_problem( $path, $message, $code = '' ) {
	$problem = array(
		'path'    => $path,
		'message' => $message,
	);
	if ( '' !== $code ) {
		$problem['code'] = $code;
	}
	return $problem;
}

/**
 * Checks an element's data against its JSON Schema.
 *
 * @param mixed $element The element's name.
 * @param mixed $data    The data, decoded (objects as stdClass).
 * @return list<array{path: string, message: string}>
 */
function hr_widgets_validate( $element, $data ) {
	$spec = hr_widgets_element( $element );
	if ( null === $spec ) {
		/* translators: %s: what was given as the element's name. */
		return array( hr_widgets_problem( 'element', sprintf( __( 'There is no element "%s".', 'hr-widgets' ), is_string( $element ) ? $element : gettype( $element ) ) ) );
	}
	// A bare array is the element's list, as the element reads it: the places are the same (questions[0].prompt).
	if ( is_array( $data ) && $spec['list'] ) {
		$data = (object) array( $spec['list'] => $data );
	}
	return hr_widgets_schema_problems( $spec['schema'], $data );
}

/**
 * Reads stored or submitted JSON text: `{"element": …, "data": …}`.
 *
 * @param mixed $text JSON text.
 * @return array{element?: string, data?: mixed, json?: string, problems: list<array{path: string, message: string}>} With `json`, the canonical text to store, when there are no problems.
 */
function hr_widgets_read( $text ) {
	$limit = (int) hr_widgets_limits()['json'];
	if ( ! is_string( $text ) || '' === trim( $text ) ) {
		return array( 'problems' => array( hr_widgets_problem( '', __( 'There is no content: paste the JSON from the studio.', 'hr-widgets' ) ) ) );
	}
	if ( strlen( $text ) > $limit ) {
		/* translators: 1: characters given, 2: the most allowed. */
		return array( 'problems' => array( hr_widgets_problem( '', sprintf( __( 'The content is %1$s characters long; at most %2$s are read.', 'hr-widgets' ), number_format_i18n( strlen( $text ) ), number_format_i18n( $limit ) ) ) ) );
	}
	// Objects stay objects: `{}` and `[]` are different things to a schema.
	$value = json_decode( $text, false, HR_WIDGETS_DEPTH );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message. */
		return array( 'problems' => array( hr_widgets_problem( '', sprintf( __( 'This is not valid JSON: %s.', 'hr-widgets' ), json_last_error_msg() ) ) ) );
	}
	if ( ! $value instanceof stdClass || ! property_exists( $value, 'element' ) || ! property_exists( $value, 'data' ) ) {
		return array( 'problems' => array( hr_widgets_problem( '', __( 'The content needs "element" (which element shows it) and "data".', 'hr-widgets' ) ) ) );
	}
	// Text this request has just made canonical (a REST save, then the same save's wp_insert_post_data) is valid.
	static $canonical = array();
	if ( isset( $canonical[ md5( $text ) ] ) ) {
		return array(
			'element'  => $value->element,
			'data'     => $value->data,
			'json'     => $text,
			'problems' => array(),
		);
	}
	$problems = hr_widgets_validate( $value->element, $value->data );
	$read     = array(
		'element'  => $value->element,
		'data'     => $value->data,
		'problems' => $problems,
	);
	if ( ! $problems ) {
		$read['json'] = hr_widgets_encode(
			array(
				'element' => $value->element,
				'data'    => $value->data,
			)
		);
		$canonical[ md5( $read['json'] ) ] = true;
	}
	return $read;
}

/**
 * JSON with nothing HTML or a shortcode reads: `< > & ' "` inside strings and `[ ]` everywhere become `\uXXXX`, and
 * every other character outside ASCII too (emoji survive any database charset). Still the same JSON.
 *
 * @param mixed $value The value.
 * @return string
 */
function hr_widgets_encode( $value ) {
	$json = (string) wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION );
	// Shortcodes run inside attributes and text alike; outside strings the brackets are JSON's arrays, and \u005b there
	// would not be JSON: only strings may hold them escaped.
	return hr_widgets_escape_brackets( $json );
}

/**
 * `[` and `]` inside JSON strings as `\u005b` and `\u005d`. The encoder wrote every `"` inside a string as `\u0022`
 * (JSON_HEX_QUOT), so each `"…"` in the text is one whole string.
 *
 * @param string $json JSON text from hr_widgets_encode()'s encoder.
 * @return string
 */
function hr_widgets_escape_brackets( $json ) {
	return (string) preg_replace_callback(
		'/"[^"]*"/',
		static function ( $string ) {
			return strtr(
				$string[0],
				array(
					'[' => '\u005b',
					']' => '\u005d',
				)
			);
		},
		$json
	);
}

/**
 * A post's content, read: element and data, or a problem when there is none yet. Every save validated it and stored
 * it canonical, so a read only decodes (validating a 5,000-entry directory on each page view took 0.46 s); content
 * saved before a rule changed is shown, and the element itself says what is wrong with it.
 *
 * @param WP_Post $post An hr_widget post.
 * @return array{element?: string, data?: mixed, json?: string, problems: list<array{path: string, message: string}>}
 */
function hr_widgets_content( $post ) {
	$value = json_decode( $post->post_content, false, HR_WIDGETS_DEPTH );
	if ( ! $value instanceof stdClass || ! property_exists( $value, 'data' ) || null === hr_widgets_element( $value->element ?? null ) ) {
		return array( 'problems' => array( hr_widgets_problem( '', __( 'There is no content: paste the JSON from the studio.', 'hr-widgets' ) ) ) );
	}
	return array(
		'element'  => $value->element,
		'data'     => $value->data,
		'json'     => $post->post_content,
		'problems' => array(),
	);
}

add_filter( 'wp_insert_post_data', 'hr_widgets_before_save', 10, 4 );

/**
 * Every save of an hr_widget post, whatever its way in (REST, wp-admin, code): valid content is stored in canonical
 * form; content with problems is not stored, and the post keeps what it had.
 *
 * @param array<string, mixed> $data                Slashed post fields about to be saved.
 * @param array<string, mixed> $postarr             Sanitized fields.
 * @param array<string, mixed> $unsanitized_postarr Fields as given, before WordPress's filters.
 * @param bool                 $update              Whether an existing post is updated.
 * @return array<string, mixed>
 */
function hr_widgets_before_save( $data, $postarr, $unsanitized_postarr, $update = false ) {
	if ( HR_WIDGETS_TYPE !== $data['post_type'] ) {
		return $data;
	}
	$previous = $update && ! empty( $postarr['ID'] ) ? get_post_field( 'post_content', (int) $postarr['ID'], 'raw' ) : '';
	$given    = hr_widgets_submitted( $unsanitized_postarr );
	if ( null === $given ) {
		// Nothing of ours was submitted (a title change, a status change): the content stays as it was.
		$data['post_content'] = wp_slash( (string) $previous );
		return $data;
	}
	$read = hr_widgets_read( $given );
	if ( isset( $read['json'] ) ) {
		$data['post_content'] = wp_slash( $read['json'] );
	} else {
		$data['post_content'] = wp_slash( (string) $previous );
		// Nor is it published: content that was never valid stays a draft, and published content keeps its status.
		$was = $update && ! empty( $postarr['ID'] ) ? get_post_status( (int) $postarr['ID'] ) : false;
		if ( '' === (string) $previous || ! $was || 'auto-draft' === $was ) {
			$data['post_status'] = 'draft';
		} else {
			$data['post_status'] = $was;
		}
		hr_widgets_remember_refusal( (int) ( $postarr['ID'] ?? 0 ), $given, $read['problems'] );
	}
	return $data;
}

/**
 * The content submitted with a save: our own form's field (checked against its nonce), else the post's content when
 * the save came from code or REST with content of ours. Null when nothing of ours came.
 *
 * @param array<string, mixed> $unsanitized_postarr Fields as given.
 * @return string|null
 */
function hr_widgets_submitted( $unsanitized_postarr ) {
	$form = hr_widgets_form_submission( (int) ( $unsanitized_postarr['ID'] ?? 0 ) );
	if ( null !== $form ) {
		return $form;
	}
	if ( isset( $unsanitized_postarr['post_content'] ) && '' !== $unsanitized_postarr['post_content'] ) {
		return wp_unslash( (string) $unsanitized_postarr['post_content'] );
	}
	return null;
}
