<?php
/**
 * The edit screen of widget content: which element, and its JSON (from the
 * studio). A save with problems keeps the stored content, lists each problem
 * with its place, and gives back what was typed, so nothing is lost.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'add_meta_boxes_' . HR_WIDGETS_TYPE, 'hr_widgets_add_box' );
add_action( 'admin_notices', 'hr_widgets_refusal_notice' );
add_filter( 'manage_' . HR_WIDGETS_TYPE . '_posts_columns', 'hr_widgets_columns' );
add_action( 'manage_' . HR_WIDGETS_TYPE . '_posts_custom_column', 'hr_widgets_column', 10, 2 );

function hr_widgets_add_box() {
	add_meta_box( 'hr-widgets-content', __( 'Content', 'hr-widgets' ), 'hr_widgets_box', HR_WIDGETS_TYPE, 'normal', 'high' );
}

/** The key of a refused save, per person and post. */
function hr_widgets_refusal_key( $post_id ) {
	return 'hr_widgets_refused_' . get_current_user_id() . '_' . (int) $post_id;
}

/**
 * Keeps a refused save for the person who made it, to show it again.
 *
 * @param int                                           $post_id  The post.
 * @param string                                        $text     What was submitted.
 * @param list<array{path: string, message: string}>    $problems Why it was refused.
 */
function hr_widgets_remember_refusal( $post_id, $text, $problems ) {
	if ( $post_id && get_current_user_id() ) {
		set_transient( hr_widgets_refusal_key( $post_id ), array( $text, $problems ), 15 * MINUTE_IN_SECONDS );
	}
}

/**
 * Our form's content for a save, when our form sent it with a valid nonce and the person may edit the post.
 *
 * @param int $post_id The post being saved.
 * @return string|null
 */
function hr_widgets_form_submission( $post_id ) {
	if ( ! isset( $_POST['hr_widgets_nonce'], $_POST['hr_widget_json'], $_POST['hr_widget_element'] ) ) {
		return null;
	}
	if ( ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['hr_widgets_nonce'] ) ), 'hr_widgets_save_' . $post_id ) || ! current_user_can( 'edit_post', $post_id ) ) {
		return null;
	}
	// JSON is kept as typed: sanitizing it as text would change it. It is parsed and validated, never printed raw.
	$json    = trim( (string) wp_unslash( $_POST['hr_widget_json'] ) );
	$element = sanitize_key( wp_unslash( $_POST['hr_widget_element'] ) );
	return '{"element":' . wp_json_encode( $element ) . ',"data":' . ( '' === $json ? 'null' : $json ) . '}';
}

/**
 * The box: the element, the JSON, and the problems of a refused save.
 *
 * @param WP_Post $post The post.
 */
function hr_widgets_box( $post ) {
	$refused = get_transient( hr_widgets_refusal_key( $post->ID ) );
	$read    = hr_widgets_content( $post );
	$element = $read['element'] ?? '';
	$text    = isset( $read['data'] ) && isset( $read['json'] )
		? (string) wp_json_encode( $read['data'], JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES )
		: '';
	if ( is_array( $refused ) ) {
		delete_transient( hr_widgets_refusal_key( $post->ID ) );
		$given   = json_decode( $refused[0] );
		$element = $given instanceof stdClass && is_string( $given->element ?? null ) ? $given->element : $element;
		// What was typed comes back as typed: the data part of the submission.
		$text = (string) preg_replace( '/^\{"element":"[^"]*","data":(.*)\}$/s', '$1', $refused[0] );
	}
	wp_nonce_field( 'hr_widgets_save_' . $post->ID, 'hr_widgets_nonce' );
	echo '<p><label for="hr-widget-element">' . esc_html__( 'Element', 'hr-widgets' ) . '</label><br><select id="hr-widget-element" name="hr_widget_element">';
	foreach ( hr_widgets_elements() as $name => $spec ) {
		echo '<option value="' . esc_attr( $name ) . '"' . selected( $element, $name, false ) . '>' . esc_html( hr_widgets_words( $spec )['title'] ) . '</option>';
	}
	echo '</select></p>';
	echo '<p><label for="hr-widget-json">' . esc_html__( 'Data (JSON from the studio)', 'hr-widgets' ) . '</label>';
	echo '<textarea id="hr-widget-json" name="hr_widget_json" rows="20" class="large-text code" spellcheck="false" aria-describedby="hr-widget-json-help">' . esc_textarea( $text ) . '</textarea></p>';
	echo '<p id="hr-widget-json-help" class="description">' . esc_html__( 'Make the content in the studio, copy its JSON, and paste it here. A save with problems keeps the saved content and lists what to fix.', 'hr-widgets' ) . '</p>';
	if ( $post->post_name ) {
		/* translators: %s: a shortcode. */
		echo '<p>' . sprintf( esc_html__( 'Shortcode: %s', 'hr-widgets' ), '<code>' . esc_html( '[hr_widget id="' . $post->post_name . '"]' ) . '</code>' ) . '</p>';
	}
}

/** After a refused save: what is wrong, where, and that nothing was lost. */
function hr_widgets_refusal_notice() {
	$screen = get_current_screen();
	$post   = get_post();
	if ( ! $screen || HR_WIDGETS_TYPE !== $screen->post_type || ! $post ) {
		return;
	}
	$refused = get_transient( hr_widgets_refusal_key( $post->ID ) );
	if ( ! is_array( $refused ) ) {
		return;
	}
	echo '<div class="notice notice-error" role="alert"><p>' . esc_html__( 'The content was not saved: the saved version is unchanged. What you typed is below. Fix these and save again:', 'hr-widgets' ) . '</p><ul>';
	foreach ( $refused[1] as $problem ) {
		echo '<li>' . ( '' !== $problem['path'] ? '<code>' . esc_html( $problem['path'] ) . '</code>: ' : '' ) . esc_html( $problem['message'] ) . '</li>';
	}
	echo '</ul></div>';
}

/**
 * The list's columns: which element, and the shortcode.
 *
 * @param array<string, string> $columns Columns.
 * @return array<string, string>
 */
function hr_widgets_columns( $columns ) {
	$date = $columns['date'] ?? null;
	unset( $columns['date'] );
	$columns['hr_element']   = __( 'Element', 'hr-widgets' );
	$columns['hr_shortcode'] = __( 'Shortcode', 'hr-widgets' );
	if ( $date ) {
		$columns['date'] = $date;
	}
	return $columns;
}

/**
 * One cell of the list.
 *
 * @param string $column  The column.
 * @param int    $post_id The post.
 */
function hr_widgets_column( $column, $post_id ) {
	$post = get_post( $post_id );
	if ( 'hr_element' === $column ) {
		$spec = hr_widgets_element( hr_widgets_content( $post )['element'] ?? null );
		echo esc_html( $spec ? hr_widgets_words( $spec )['title'] : '—' );
	} elseif ( 'hr_shortcode' === $column ) {
		echo '<code>' . esc_html( '[hr_widget id="' . ( $post->post_name ? $post->post_name : $post_id ) . '"]' ) . '</code>';
	}
}
