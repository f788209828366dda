<?php
/**
 * The elements, as the build wrote them from the library's own registry
 * (elements.json): tag, title, attributes and JSON Schema. Nothing about an
 * element is declared here by hand.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element by name (`quiz`, `resource-list`, …).
 *
 * @return array<string, array{tag: string, title: string, description: string, attributes: array<string, array<string, mixed>>, schema: array<string, mixed>}>
 */
function hr_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( HR_WIDGETS_DIR . '/elements.json' );
		$elements = is_string( $json ) ? json_decode( $json, true ) : array();
	}
	return is_array( $elements ) ? $elements : array();
}

/**
 * One element, or null for a name the library does not have.
 *
 * @param mixed $name An element's name.
 * @return array<string, mixed>|null
 */
function hr_widgets_element( $name ) {
	$elements = hr_widgets_elements();
	return is_string( $name ) && isset( $elements[ $name ] ) ? $elements[ $name ] : null;
}
