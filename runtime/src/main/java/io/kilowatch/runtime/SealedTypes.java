package io.kilowatch.runtime;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the records that implement the sealed types of ours reachable from a type (through record
 * components and type arguments), so that a JSON mapper can name them.
 */
final class SealedTypes {

  private SealedTypes() {}

  /** Whether {@code type} is one of Kilowatch's own classes. */
  static boolean isOurs(Class<?> type) {
    return type.getName().startsWith("io.kilowatch.");
  }

  /** Every permitted subclass of every sealed type of ours reachable from {@code root}. */
  static Set<Class<?>> permittedBelow(Type root) {
    Set<Class<?>> permitted = new LinkedHashSet<>();
    Set<Type> seen = new HashSet<>();
    Deque<Type> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (type instanceof ParameterizedType parameterized) {
        pending.push(parameterized.getRawType());
        for (Type argument : parameterized.getActualTypeArguments()) {
          pending.push(argument);
        }
      } else if (type instanceof GenericArrayType array) {
        pending.push(array.getGenericComponentType());
      } else if (type instanceof WildcardType wildcard) {
        for (Type bound : wildcard.getUpperBounds()) {
          pending.push(bound);
        }
      } else if (type instanceof TypeVariable<?> variable) {
        for (Type bound : variable.getBounds()) {
          pending.push(bound);
        }
      } else if (type instanceof Class<?> plain) {
        visit(plain, permitted, pending);
      }
    }
    return permitted;
  }

  private static void visit(Class<?> type, Set<Class<?>> permitted, Deque<Type> pending) {
    if (type.isArray()) {
      pending.push(type.getComponentType());
      return;
    }
    if (!isOurs(type)) {
      return;
    }
    if (type.isSealed()) {
      for (Class<?> subclass : type.getPermittedSubclasses()) {
        permitted.add(subclass);
        pending.push(subclass);
      }
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        pending.push(component.getGenericType());
      }
    }
  }
}
