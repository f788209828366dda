<?php
/**
 * The plugin's settings (administrators only): a quick exit on every page, and
 * whether deleting the plugin deletes the widget content too.
 *
 * A quick exit on every page of the site, when an administrator turns it on:
 * sites for people who use drugs, or who are leaving an abusive home, want the
 * way out everywhere, not only where a block sits. It is the one thing this
 * plugin loads on pages without a widget. Its settings are the element's own
 * (elements.json: destination, corner, safety tips), with their words.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

const HR_WIDGETS_EXIT_OPTION = 'hr_widgets_quick_exit';
/** Whether deleting the plugin deletes the widget content too (uninstall.php reads it); off unless the owner says so. */
const HR_WIDGETS_DELETE_CONTENT_OPTION = 'hr_widgets_delete_content';

add_action( 'admin_init', 'hr_widgets_exit_register' );
add_action( 'admin_menu', 'hr_widgets_exit_menu' );
add_action( 'wp_enqueue_scripts', 'hr_widgets_exit_enqueue' );
add_action( 'wp_body_open', 'hr_widgets_exit_print' );
// Themes without wp_body_open: the footer, once.
add_action( 'wp_footer', 'hr_widgets_exit_print' );

/**
 * The setting: on or off, and the element's attributes.
 *
 * @return array{on: bool, attributes: array<string, string|bool>}
 */
function hr_widgets_exit_setting() {
	$saved = get_option( HR_WIDGETS_EXIT_OPTION );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'on'         => ! empty( $saved['on'] ),
		'attributes' => isset( $saved['attributes'] ) && is_array( $saved['attributes'] ) ? $saved['attributes'] : array(),
	);
}

function hr_widgets_exit_register() {
	register_setting(
		'hr_widgets_quick_exit',
		HR_WIDGETS_DELETE_CONTENT_OPTION,
		array(
			'type'              => 'boolean',
			'sanitize_callback' => 'rest_sanitize_boolean',
			'default'           => false,
		)
	);
	register_setting(
		'hr_widgets_quick_exit',
		HR_WIDGETS_EXIT_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'hr_widgets_exit_sanitize',
			'default'           => array(
				'on'         => false,
				'attributes' => array(),
			),
		)
	);
}

/**
 * What was submitted, made safe: the element's attributes only, each within its kind. A destination that is not an
 * http(s) address (a `javascript:` one would run on the site) refuses the whole save and keeps what was there.
 *
 * @param mixed $value What the form sent.
 * @return array{on: bool, attributes: array<string, string|bool>}
 */
function hr_widgets_exit_sanitize( $value ) {
	$value   = is_array( $value ) ? $value : array();
	$given   = isset( $value['attributes'] ) && is_array( $value['attributes'] ) ? wp_unslash( $value['attributes'] ) : array();
	$element = hr_widgets_element( 'quick-exit' );
	$href    = trim( (string) ( $given['href'] ?? '' ) );
	$scheme  = strtolower( (string) wp_parse_url( $href, PHP_URL_SCHEME ) );
	if ( '' !== $href && ( ! in_array( $scheme, array( 'http', 'https' ), true ) || '' === esc_url_raw( $href, array( 'http', 'https' ) ) ) ) {
		add_settings_error(
			HR_WIDGETS_EXIT_OPTION,
			'href',
			__( 'The destination must be a web address that starts with https:// or http://. Nothing was changed.', 'hr-widgets' )
		);
		return hr_widgets_exit_setting();
	}
	return array(
		'on'         => ! empty( $value['on'] ),
		'attributes' => $element ? hr_widgets_attributes( $element, $given ) : array(),
	);
}

function hr_widgets_exit_menu() {
	add_submenu_page(
		'edit.php?post_type=' . HR_WIDGETS_TYPE,
		__( 'hr-widgets settings', 'hr-widgets' ),
		__( 'Settings', 'hr-widgets' ),
		'manage_options',
		'hr-widgets-quick-exit',
		'hr_widgets_exit_page'
	);
}

/** The settings screen: on or off, then the element's own settings, each a native control with its label and help. */
function hr_widgets_exit_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$element = hr_widgets_element( 'quick-exit' );
	$setting = hr_widgets_exit_setting();
	$name    = HR_WIDGETS_EXIT_OPTION;
	echo '<div class="wrap"><h1>' . esc_html__( 'hr-widgets settings', 'hr-widgets' ) . '</h1>';
	// Ours, and WordPress's own "Settings saved."
	settings_errors();
	echo '<form method="post" action="options.php">';
	settings_fields( 'hr_widgets_quick_exit' );
	echo '<h2>' . esc_html__( 'Quick exit on every page', 'hr-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'A button on every page of this site that leaves at once for a neutral site. Pressing Shift three times does the same. This is the one thing hr-widgets loads on pages without a widget.', 'hr-widgets' ) . '</p>';
	echo '<p><input type="checkbox" id="hr-exit-on" name="' . esc_attr( $name ) . '[on]" value="1"' . checked( $setting['on'], true, false ) . '> ';
	echo '<label for="hr-exit-on">' . esc_html__( 'Show the quick exit on every page', 'hr-widgets' ) . '</label></p>';
	// Every part printed below is escaped where it is built.
	foreach ( $element ? hr_widgets_words( $element )['attributes'] : array() as $attribute => $spec ) {
		$id    = 'hr-exit-' . $attribute;
		$field = $name . '[attributes][' . $attribute . ']';
		$value = $setting['attributes'][ $attribute ] ?? '';
		$help  = '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $spec['description'] ) . '</p>';
		$label = '<label for="' . esc_attr( $id ) . '">' . esc_html( $spec['label'] ) . '</label>';
		if ( 'bool' === $spec['kind'] ) {
			echo '<p><input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="1" aria-describedby="' . esc_attr( $id ) . '-help"' . checked( true === $value, true, false ) . '> ' . $label . '</p>' . $help;
		} elseif ( 'enum' === $spec['kind'] ) {
			echo '<p>' . $label . '<br><select id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" aria-describedby="' . esc_attr( $id ) . '-help">';
			foreach ( $spec['choices'] ?? array() as $choice ) {
				echo '<option value="' . esc_attr( $choice['value'] ) . '"' . selected( $value ? $value : $spec['values'][0], $choice['value'], false ) . '>' . esc_html( $choice['label'] ) . '</option>';
			}
			echo '</select></p>' . $help;
		} else {
			echo '<p>' . $label . '<br><input type="url" class="regular-text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( (string) $value ) . '" placeholder="https://www.google.com/" aria-describedby="' . esc_attr( $id ) . '-help"></p>' . $help;
		}
	}
	echo '<h2>' . esc_html__( 'When this plugin is deleted', 'hr-widgets' ) . '</h2>';
	echo '<p><input type="checkbox" id="hr-delete-content" name="' . esc_attr( HR_WIDGETS_DELETE_CONTENT_OPTION ) . '" value="1" aria-describedby="hr-delete-content-help"' . checked( (bool) get_option( HR_WIDGETS_DELETE_CONTENT_OPTION ), true, false ) . '> ';
	echo '<label for="hr-delete-content">' . esc_html__( 'Also delete all widget content', 'hr-widgets' ) . '</label></p>';
	echo '<p class="description" id="hr-delete-content-help">' . esc_html__( 'Off: deleting the plugin removes its settings and keeps your quizzes, directories and other content, to use again if you reinstall it. On: they are deleted too, with their revisions. Deactivating never deletes anything.', 'hr-widgets' ) . '</p>';
	submit_button();
	echo '</form></div>';
}

/** The module, on every page, when the quick exit is on. */
function hr_widgets_exit_enqueue() {
	if ( hr_widgets_exit_setting()['on'] ) {
		hr_widgets_enqueue();
	}
}

/** The element, once per page: right after <body> where the theme calls wp_body_open, else in the footer. */
function hr_widgets_exit_print() {
	static $printed = false;
	$setting = hr_widgets_exit_setting();
	if ( $printed || ! $setting['on'] ) {
		return;
	}
	$printed = true;
	$out     = '<hr-quick-exit';
	foreach ( $setting['attributes'] as $attribute => $value ) {
		$out .= true === $value ? ' ' . esc_attr( $attribute ) : ' ' . esc_attr( $attribute ) . '="' . esc_attr( (string) $value ) . '"';
	}
	echo $out . '></hr-quick-exit>';
}
