<?php
/**
 * English and Spanish. The plugin's own words come from languages/hr-widgets-es.mo
 * for every Spanish locale (es_ES, es_MX, …); the elements' names and settings
 * from the studio's Spanish table, through elements.json.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

// Before init's default priority: the post type's labels are translated when it is registered.
add_action( 'init', 'hr_widgets_load_translations', 0 );

/** Whether the person (in wp-admin: their own language) reads Spanish. */
function hr_widgets_spanish() {
	return 0 === strpos( determine_locale(), 'es' );
}

function hr_widgets_load_translations() {
	if ( hr_widgets_spanish() ) {
		load_textdomain( 'hr-widgets', HR_WIDGETS_DIR . '/languages/hr-widgets-es.mo' );
	}
}

/**
 * The editor script's words, as wp.i18n reads them: every translation of the domain, for `setLocaleData`.
 *
 * @return array<string, mixed>
 */
function hr_widgets_script_locale_data() {
	$data         = array( '' => array( 'domain' => 'hr-widgets' ) );
	$translations = get_translations_for_domain( 'hr-widgets' );
	foreach ( $translations->entries as $entry ) {
		if ( '' !== $entry->singular && ! empty( $entry->translations[0] ) ) {
			$data[ $entry->singular ] = array( $entry->translations[0] );
		}
	}
	return $data;
}

/**
 * An element's name, description and settings in the person's language.
 *
 * @param array<string, mixed> $element An element of elements.json.
 * @return array{title: string, description: string, attributes: array<string, array<string, mixed>>}
 */
function hr_widgets_words( $element ) {
	$spanish    = hr_widgets_spanish();
	$attributes = array();
	foreach ( $element['attributes'] as $name => $spec ) {
		$words               = $spanish ? $spec['es'] : $spec;
		$attributes[ $name ] = array_merge(
			$spec,
			array_intersect_key( $words, array_flip( array( 'label', 'description', 'choices' ) ) )
		);
		unset( $attributes[ $name ]['es'] );
	}
	return array(
		'title'       => $spanish ? $element['es']['title'] : $element['title'],
		'description' => $spanish ? $element['es']['description'] : $element['description'],
		'attributes'  => $attributes,
	);
}
