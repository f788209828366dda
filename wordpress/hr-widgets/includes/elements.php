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
 * What the build wrote: `{"limits": {…}, "elements": {…}}`.
 *
 * @return array{limits: array{json: int}, elements: array<string, array<string, mixed>>}
 */
function hr_widgets_library() {
	static $library = null;
	if ( null === $library ) {
		$json    = file_get_contents( HR_WIDGETS_DIR . '/elements.json' );
		$library = is_string( $json ) ? json_decode( $json, true ) : null;
		$library = is_array( $library ) ? $library : array();
		$library += array(
			'limits'   => array( 'json' => 20000000 ),
			'elements' => array(),
		);
	}
	return $library;
}

/**
 * Every element by name (`quiz`, `resource-list`, …).
 *
 * @return array<string, array{tag: string, title: string, description: string, attributes: array<string, array<string, mixed>>, schema: array<string, mixed>}>
 */
function hr_widgets_elements() {
	return hr_widgets_library()['elements'];
}

/** The library's limits (characters of JSON), as the build wrote them. */
function hr_widgets_limits() {
	return hr_widgets_library()['limits'];
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
