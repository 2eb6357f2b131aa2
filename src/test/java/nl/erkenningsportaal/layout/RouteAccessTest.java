package nl.erkenningsportaal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every route says who may enter; none relies on a default. */
class RouteAccessTest {

    static List<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("nl.erkenningsportaal").stream().map(bd -> {
            try {
                return Class.forName(bd.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    @Test
    void every_route_has_exactly_one_explicit_access_annotation() {
        List<Class<?>> routes = routes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(4);
        Set<Class<? extends java.lang.annotation.Annotation>> access =
                Set.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
        for (Class<?> route : routes) {
            long count = access.stream().filter(route::isAnnotationPresent).count();
            assertThat(count).as(route.getName() + " must state who may enter").isEqualTo(1);
        }
    }

    @Test
    void roles_allowed_names_only_known_roles() {
        Set<String> known = Set.copyOf(nl.erkenningsportaal.platform.Roles.ALL);
        routes().stream().filter(r -> r.isAnnotationPresent(RolesAllowed.class))
                .flatMap(r -> Stream.of(r.getAnnotation(RolesAllowed.class).value()))
                .forEach(role -> assertThat(known).contains(role));
    }
}
