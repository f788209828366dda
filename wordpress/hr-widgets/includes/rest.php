<?php
/**
 * REST: the content of published widgets for `src` (large directories), and
 * the content of every widget for those who may edit it, validated on the way in.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'rest_api_init', 'hr_widgets_rest_init' );
add_filter( 'rest_pre_insert_' . HR_WIDGETS_TYPE, 'hr_widgets_rest_before_insert', 10, 2 );

function hr_widgets_rest_init() {
	register_rest_route(
		'hr-widgets/v1',
		'/content/(?P<id>\d+)',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'hr_widgets_rest_content',
			// Published content is what visitors already see on the page; anything else is not found, for everyone:
			// the element fetches without cookies.
			'permission_callback' => 'hr_widgets_rest_may_read',
			'args'                => array(
				'id' => array(
					'type'     => 'integer',
					'minimum'  => 1,
					'required' => true,
				),
			),
		)
	);
	register_rest_field(
		HR_WIDGETS_TYPE,
		'hr_widget',
		array(
			'get_callback' => static function ( $item ) {
				$read = hr_widgets_content( get_post( $item['id'] ) );
				return isset( $read['json'] ) ? (object) array_intersect_key( $read, array_flip( array( 'element', 'data' ) ) ) : null;
			},
			'schema'       => array(
				'description' => __( 'The element and its data: {"element": "quiz", "data": {…}}. Saved only when valid.', 'hr-widgets' ),
				'type'        => array( 'object', 'null' ),
				'context'     => array( 'edit' ),
			),
		)
	);
	register_rest_field(
		HR_WIDGETS_TYPE,
		'hr_element',
		array(
			'get_callback' => static function ( $item ) {
				return hr_widgets_content( get_post( $item['id'] ) )['element'] ?? null;
			},
			'schema'       => array(
				'description' => __( 'The element the content is for.', 'hr-widgets' ),
				'type'        => array( 'string', 'null' ),
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
		)
	);
}

/**
 * Only published content without a password; otherwise a 404, never a hint that a draft exists.
 *
 * @param WP_REST_Request $request The request.
 * @return true|WP_Error
 */
function hr_widgets_rest_may_read( $request ) {
	$post = get_post( (int) $request['id'] );
	if ( $post && HR_WIDGETS_TYPE === $post->post_type && 'publish' === $post->post_status && '' === $post->post_password ) {
		return true;
	}
	return new WP_Error( 'rest_not_found', __( 'No published widget content has this id.', 'hr-widgets' ), array( 'status' => 404 ) );
}

/**
 * The data of published content, as the element reads it.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function hr_widgets_rest_content( $request ) {
	$read = hr_widgets_content( get_post( (int) $request['id'] ) );
	if ( ! isset( $read['json'] ) ) {
		return new WP_Error( 'rest_not_found', __( 'This content is not valid.', 'hr-widgets' ), array( 'status' => 404 ) );
	}
	$response = new WP_REST_Response( $read['data'] );
	$response->header( 'Cache-Control', 'public, max-age=300' );
	return $response;
}

/**
 * A save through REST with `hr_widget` is refused, with each problem's path, when the content has problems: the post
 * and its revisions stay as they were.
 *
 * @param stdClass        $prepared_post The post about to be saved.
 * @param WP_REST_Request $request       The request.
 * @return stdClass|WP_Error
 */
function hr_widgets_rest_before_insert( $prepared_post, $request ) {
	if ( ! $request->has_param( 'hr_widget' ) ) {
		return $prepared_post;
	}
	// From the body as sent: WordPress's decoding of it turns every {} into [].
	$body = json_decode( $request->get_body() );
	$text = $body instanceof stdClass && property_exists( $body, 'hr_widget' ) ? wp_json_encode( $body->hr_widget ) : wp_json_encode( $request['hr_widget'] );
	$read = hr_widgets_read( (string) $text );
	if ( ! isset( $read['json'] ) ) {
		return new WP_Error(
			'hr_widgets_invalid',
			implode( ' ', array_column( $read['problems'], 'message' ) ),
			array(
				'status'   => 400,
				'problems' => $read['problems'],
			)
		);
	}
	$prepared_post->post_content = $read['json'];
	return $prepared_post;
}
