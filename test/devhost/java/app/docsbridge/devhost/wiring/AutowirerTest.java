package app.docsbridge.devhost.wiring;

import org.junit.jupiter.api.Test;

import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutowirerTest {

    public interface Greeter {
        String greet();
    }

    public static class Name {
        public String value() {
            return "dev";
        }
    }

    public static class Hello implements Greeter {
        private final Name name;

        public Hello(Name name) {
            this.name = name;
        }

        @Override
        public String greet() {
            return "hello " + name.value();
        }
    }

    public static class Consumer {
        final Greeter greeter;

        public Consumer(Greeter greeter) {
            this.greeter = greeter;
        }
    }

    public static class TwoConstructors {
        public TwoConstructors() {
        }

        public TwoConstructors(Name name) {
        }
    }

    public static class Chicken {
        public Chicken(Egg egg) {
        }
    }

    public static class Egg {
        public Egg(Chicken chicken) {
        }
    }

    private static final BiConsumer<String, Throwable> FAIL = (key, e) -> {
        throw new AssertionError(key, e);
    };

    @Test
    void buildsByConstructorTypesRecursivelyAndSharesSingletons() {
        Autowirer wirer = new Autowirer();
        wirer.registerClass("hello", Hello.class);
        wirer.registerClass("name", Name.class);
        wirer.instantiateAll(FAIL);

        Consumer consumer = wirer.create(Consumer.class);

        assertEquals("hello dev", consumer.greeter.greet());
        assertSame(wirer.get(Greeter.class), consumer.greeter);
    }

    @Test
    void refusesMissingAmbiguousAndCircularDependenciesAndSeveralConstructors() {
        Autowirer wirer = new Autowirer();
        assertThrows(WiringException.class, () -> wirer.create(Consumer.class));

        wirer.registerInstance("a", new Name());
        wirer.registerInstance("b", new Name());
        assertThrows(WiringException.class, () -> wirer.get(Name.class));
        assertThrows(WiringException.class, () -> wirer.create(TwoConstructors.class));

        Autowirer cycle = new Autowirer();
        cycle.registerClass("chicken", Chicken.class);
        cycle.registerClass("egg", Egg.class);
        StringBuilder failures = new StringBuilder();
        cycle.instantiateAll((key, e) -> failures.append(key).append(": ").append(e.getMessage()).append('\n'));
        assertTrue(failures.toString().contains("circular dependency"), failures.toString());
    }
}
