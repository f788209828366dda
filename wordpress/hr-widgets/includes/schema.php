<?php
/**
 * Validation of an element's data against its JSON Schema (schemas/, written
 * from the same field specs the elements validate with). WordPress's own
 * rest_validate_value_from_schema() checks what it covers: types, required
 * properties, lengths, ranges, patterns, enums, anyOf and oneOf. It ignores
 * allOf, if/then, not, contains and const, which our schemas use for rules
 * between fields (a "single" question needs exactly one correct choice; lat
 * needs lng): this small validator checks every keyword our schemas use, and
 * runs when WordPress's finds nothing, so each problem comes with its place.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The problems of data for an element, WordPress's validator first.
 *
 * @param array<string, mixed> $schema The element's schema, `$ref`s inlined, as arrays.
 * @param mixed                $data   Decoded JSON, objects as stdClass.
 * @return list<array{path: string, message: string}>
 */
function hr_widgets_schema_problems( $schema, $data ) {
	// WordPress reads objects as associative arrays (a stdClass inside anyOf or oneOf stops it with a TypeError).
	$arrays    = json_decode( (string) wp_json_encode( $data ), true );
	$wordpress = rest_validate_value_from_schema( $arrays, hr_widgets_schema_for_wordpress( $schema ), 'data' );
	$ours      = hr_widgets_schema_check( $data, $schema, '' );
	if ( is_wp_error( $wordpress ) && ! $ours ) {
		// Not expected: both read the same schema. WordPress's word stands, for the whole.
		return array( hr_widgets_problem( '(root)', wp_strip_all_tags( $wordpress->get_error_message() ) ) );
	}
	// WordPress names the place of its first problem only, inside anyOf and oneOf by a guess; ours name every place.
	return array_map(
		static function ( $problem ) {
			unset( $problem['code'] );
			// The whole document is "(root)", as the element names it.
			$problem['path'] = '' === $problem['path'] ? '(root)' : $problem['path'];
			return $problem;
		},
		$ours
	);
}

/**
 * A path one step deeper: `questions`, `questions[0]`, `questions[0].prompt`.
 *
 * @param string     $path The path so far.
 * @param string|int $key  A property or an index.
 * @return string
 */
function hr_widgets_path( $path, $key ) {
	if ( is_int( $key ) ) {
		return $path . '[' . $key . ']';
	}
	return '' === $path ? $key : $path . '.' . $key;
}

/**
 * The schema as WordPress's validator reads it: every schema needs a "type" (an enum's or a const's from its values),
 * and keywords it does not know are left to hr_widgets_schema_check().
 *
 * @param mixed $schema A schema.
 * @return mixed
 */
function hr_widgets_schema_for_wordpress( $schema ) {
	static $cache = array();
	if ( ! is_array( $schema ) ) {
		return $schema;
	}
	$key = md5( (string) wp_json_encode( $schema ) );
	if ( isset( $cache[ $key ] ) ) {
		return $cache[ $key ];
	}
	$out = array();
	foreach ( $schema as $keyword => $value ) {
		if ( in_array( $keyword, array( 'allOf', 'if', 'then', 'else', 'not', 'contains', 'minContains', 'maxContains', 'const' ), true ) ) {
			continue;
		}
		if ( 'properties' === $keyword ) {
			$value = array_map( 'hr_widgets_schema_for_wordpress', $value );
		} elseif ( in_array( $keyword, array( 'anyOf', 'oneOf' ), true ) ) {
			$value = array_map( 'hr_widgets_schema_for_wordpress', $value );
		} elseif ( 'items' === $keyword ) {
			$value = hr_widgets_schema_for_wordpress( $value );
		}
		$out[ $keyword ] = $value;
	}
	$values = $schema['enum'] ?? ( array_key_exists( 'const', $schema ) ? array( $schema['const'] ) : null );
	if ( ! isset( $out['type'] ) && null !== $values ) {
		$out['type'] = array_values( array_unique( array_map( 'hr_widgets_json_type', $values ) ) );
	}
	if ( ! isset( $out['type'] ) ) {
		// Options without a type of their own: the types of their options, else any.
		$types = array();
		foreach ( array_merge( $out['anyOf'] ?? array(), $out['oneOf'] ?? array() ) as $option ) {
			$types = array_merge( $types, (array) ( $option['type'] ?? array() ) );
		}
		$out['type'] = $types ? array_values( array_unique( $types ) ) : array( 'array', 'object', 'string', 'number', 'boolean', 'null' );
	}
	$cache[ $key ] = $out;
	return $out;
}

/**
 * A value's JSON type.
 *
 * @param mixed $value A decoded value.
 * @return string
 */
function hr_widgets_json_type( $value ) {
	if ( null === $value ) {
		return 'null';
	}
	if ( is_bool( $value ) ) {
		return 'boolean';
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		return 'number';
	}
	if ( is_string( $value ) ) {
		return 'string';
	}
	return is_array( $value ) ? 'array' : 'object';
}

/**
 * Whether a value is of a JSON Schema type.
 *
 * @param mixed  $value A decoded value.
 * @param string $type  A type.
 * @return bool
 */
function hr_widgets_is_type( $value, $type ) {
	$actual = hr_widgets_json_type( $value );
	if ( 'integer' === $type ) {
		return 'number' === $actual && floor( (float) $value ) === (float) $value;
	}
	return $actual === $type;
}

/**
 * Every keyword our schemas use. The first problem at each place, with the place.
 *
 * @param mixed                $value  A decoded value (objects as stdClass).
 * @param array<string, mixed> $schema A schema.
 * @param string               $path   Where the value is.
 * @return list<array{path: string, message: string}>
 */
function hr_widgets_schema_check( $value, $schema, $path ) {
	$where = '' === $path ? __( 'The data', 'hr-widgets' ) : $path;
	$fail  = static function ( $message, $code ) use ( $path ) {
		return array( hr_widgets_problem( $path, $message, $code ) );
	};
	if ( isset( $schema['type'] ) ) {
		$types = (array) $schema['type'];
		$ok    = false;
		foreach ( $types as $type ) {
			$ok = $ok || hr_widgets_is_type( $value, $type );
		}
		if ( ! $ok ) {
			/* translators: 1: a place in the data, 2: types such as "string, null". */
			return $fail( sprintf( __( '%1$s must be of type %2$s.', 'hr-widgets' ), $where, implode( ', ', $types ) ), 'type' );
		}
	}
	if ( array_key_exists( 'const', $schema ) && $value !== $schema['const'] ) {
		/* translators: 1: a place in the data, 2: the one value allowed. */
		return $fail( sprintf( __( '%1$s must be %2$s.', 'hr-widgets' ), $where, wp_json_encode( $schema['const'] ) ), 'const' );
	}
	if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
		/* translators: 1: a place in the data, 2: the values allowed. */
		return $fail( sprintf( __( '%1$s must be one of %2$s.', 'hr-widgets' ), $where, implode( ', ', array_map( 'wp_json_encode', $schema['enum'] ) ) ), 'enum' );
	}
	if ( is_string( $value ) ) {
		if ( isset( $schema['maxLength'] ) && mb_strlen( $value, 'UTF-8' ) > $schema['maxLength'] ) {
			/* translators: 1: a place in the data, 2: the most characters allowed. */
			return $fail( sprintf( __( '%1$s must be at most %2$d characters long.', 'hr-widgets' ), $where, $schema['maxLength'] ), 'length' );
		}
		if ( isset( $schema['pattern'] ) && ! preg_match( '/' . str_replace( '/', '\/', $schema['pattern'] ) . '/u', $value ) ) {
			/* translators: 1: a place in the data. */
			return $fail( sprintf( __( '%1$s is not written as expected.', 'hr-widgets' ), $where ), 'pattern' );
		}
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		if ( ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) || ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) ) {
			/* translators: 1: a place in the data, 2: the least, 3: the most. */
			return $fail( sprintf( __( '%1$s must be from %2$s to %3$s.', 'hr-widgets' ), $where, $schema['minimum'] ?? '-∞', $schema['maximum'] ?? '∞' ), 'range' );
		}
	}
	$problems = array();
	if ( is_array( $value ) ) {
		$count = count( $value );
		if ( ( isset( $schema['minItems'] ) && $count < $schema['minItems'] ) || ( isset( $schema['maxItems'] ) && $count > $schema['maxItems'] ) ) {
			/* translators: 1: a place in the data, 2: the least, 3: the most. */
			return $fail( sprintf( __( '%1$s must have from %2$d to %3$s entries.', 'hr-widgets' ), $where, $schema['minItems'] ?? 0, $schema['maxItems'] ?? '∞' ), 'items' );
		}
		if ( isset( $schema['items'] ) && is_array( $schema['items'] ) ) {
			foreach ( $value as $index => $item ) {
				$problems = array_merge( $problems, hr_widgets_schema_check( $item, $schema['items'], hr_widgets_path( $path, $index ) ) );
			}
		}
		if ( isset( $schema['contains'] ) ) {
			$matches = 0;
			foreach ( $value as $index => $item ) {
				$matches += hr_widgets_schema_check( $item, $schema['contains'], hr_widgets_path( $path, $index ) ) ? 0 : 1;
			}
			$least = $schema['minContains'] ?? 1;
			$most  = $schema['maxContains'] ?? PHP_INT_MAX;
			if ( $matches < $least || $matches > $most ) {
				$needed = $least === $most ? $least : ( PHP_INT_MAX === $most ? $least . '+' : $least . '–' . $most );
				/* translators: 1: a place in the data, 2: how many entries are of the kind needed, 3: how many are needed ("1", "1+", "1–3"). */
				$problems[] = hr_widgets_problem( $path, sprintf( __( '%1$s has %2$d entries of the kind it needs (such as a correct choice); it needs %3$s.', 'hr-widgets' ), $where, $matches, $needed ), 'contains' );
			}
		}
	}
	if ( $value instanceof stdClass ) {
		$object = get_object_vars( $value );
		if ( isset( $schema['maxProperties'] ) && count( $object ) > $schema['maxProperties'] ) {
			/* translators: 1: a place in the data, 2: the most properties allowed. */
			return $fail( sprintf( __( '%1$s must have at most %2$d properties.', 'hr-widgets' ), $where, $schema['maxProperties'] ), 'properties' );
		}
		foreach ( $schema['required'] ?? array() as $name ) {
			if ( ! array_key_exists( $name, $object ) ) {
				/* translators: 1: a property's name. */
				$problems[] = hr_widgets_problem( hr_widgets_path( $path, $name ), sprintf( __( '%1$s is required.', 'hr-widgets' ), hr_widgets_path( $path, $name ) ), 'required' );
			}
		}
		foreach ( $schema['properties'] ?? array() as $name => $property ) {
			if ( array_key_exists( $name, $object ) ) {
				$problems = array_merge( $problems, hr_widgets_schema_check( $object[ $name ], $property, hr_widgets_path( $path, $name ) ) );
			}
		}
	}
	foreach ( $schema['allOf'] ?? array() as $part ) {
		$problems = array_merge( $problems, hr_widgets_schema_check( $value, $part, $path ) );
	}
	if ( isset( $schema['if'] ) ) {
		$then = ! hr_widgets_schema_check( $value, $schema['if'], $path ) ? 'then' : 'else';
		if ( isset( $schema[ $then ] ) ) {
			$problems = array_merge( $problems, hr_widgets_schema_check( $value, $schema[ $then ], $path ) );
		}
	}
	if ( isset( $schema['not'] ) && ! hr_widgets_schema_check( $value, $schema['not'], $path ) ) {
		/* translators: 1: a place in the data. */
		$problems[] = hr_widgets_problem( $path, sprintf( __( '%1$s has a value that is not allowed here.', 'hr-widgets' ), $where ), 'not' );
	}
	foreach ( array( 'anyOf', 'oneOf' ) as $keyword ) {
		if ( ! isset( $schema[ $keyword ] ) ) {
			continue;
		}
		$passed  = 0;
		$closest = null;
		$best    = array();
		$needs   = array();
		foreach ( $schema[ $keyword ] as $option ) {
			$found = hr_widgets_schema_check( $value, $option, $path );
			// An option that fails only for want of one property (absent, blank or null) names what would do.
			$child = $found ? substr( $found[0]['path'], '' === $path ? 0 : strlen( $path ) + 1 ) : '';
			if ( false !== $needs && 1 === count( $found ) && in_array( $found[0]['code'] ?? '', array( 'required', 'pattern', 'type' ), true ) && '' !== $child && ! preg_match( '/[.\[]/', $child ) ) {
				$needs[] = $child;
			} else {
				$needs = false;
			}
			// The option meant is one of the value's type; of those, the one that got furthest says best what is wrong.
			$meant = in_array( hr_widgets_json_type( $value ), (array) hr_widgets_schema_for_wordpress( $option )['type'], true ) ? 1 : 0;
			$score = array( $meant, hr_widgets_depth( $found ) );
			if ( ! $found ) {
				++$passed;
			} elseif ( null === $closest || $score > $best ) {
				$closest = $found;
				$best    = $score;
			}
		}
		if ( 0 === $passed && $needs ) {
			// Every option asked for one more property: say which ones would do.
			/* translators: 1: a place in the data, 2: property names. */
			$problems[] = hr_widgets_problem( $path, sprintf( __( '%1$s needs one of: %2$s.', 'hr-widgets' ), $where, implode( ', ', $needs ) ), 'needsOne' );
		} elseif ( 0 === $passed ) {
			$problems = array_merge( $problems, $closest ?? array() );
		} elseif ( 'oneOf' === $keyword && $passed > 1 ) {
			/* translators: 1: a place in the data. */
			$problems[] = hr_widgets_problem( $path, sprintf( __( '%1$s matches more than one form it may take.', 'hr-widgets' ), $where ), 'oneOf' );
		}
	}
	return $problems;
}

/**
 * How deep the deepest problem is: the option that reached furthest.
 *
 * @param list<array{path: string, message: string}> $problems Problems.
 * @return int
 */
function hr_widgets_depth( $problems ) {
	$depth = 0;
	foreach ( $problems as $problem ) {
		$depth = max( $depth, strlen( $problem['path'] ) );
	}
	return $depth;
}
