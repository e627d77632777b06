import type { AppContext } from '../../context';
import { errorResponses } from '../../core/http/errors';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/route';
import { createRouter } from '../../core/http/router';
import { principalOf } from '../../core/http/session';
import { Course, CourseInput, CourseList, IdParam, Material, MaterialInput, MaterialParam } from './contract';
import { createCourse, editCourse, getCourse, getMaterial, listCourses, saveMaterial } from './courses-service';

const tags = ['trainings'];
const ORGANISER = ['organiser'] as const;

const routes = {
  list: defineRoute({
    method: 'get',
    path: '/api/trainings/courses',
    tags,
    summary: 'Courses: what each teaches, the qualification it grants and the languages of its materials',
    access: 'signed_in',
    responses: { 200: jsonResponse(CourseList, 'Courses'), ...errorResponses },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/trainings/courses',
    tags,
    summary: 'Create a course granting a qualification for some months (12 unless said)',
    access: ORGANISER,
    request: jsonBody(CourseInput),
    responses: { 201: jsonResponse(Course, 'Created'), ...errorResponses },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/trainings/courses/{id}',
    tags,
    summary: 'One course',
    access: 'signed_in',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Course, 'Course'), ...errorResponses },
  }),
  edit: defineRoute({
    method: 'put',
    path: '/api/trainings/courses/{id}',
    tags,
    summary: 'Change a course; qualifications already earned keep their expiry',
    access: ORGANISER,
    request: { params: IdParam, ...jsonBody(CourseInput) },
    responses: { 200: jsonResponse(Course, 'Changed'), ...errorResponses },
  }),
  material: defineRoute({
    method: 'get',
    path: '/api/trainings/courses/{id}/materials/{language}',
    tags,
    summary: "A course's page in one language (Markdown, rendered by the app as a safe subset)",
    access: 'signed_in',
    request: { params: MaterialParam },
    responses: { 200: jsonResponse(Material, 'Material'), ...errorResponses },
  }),
  saveMaterial: defineRoute({
    method: 'put',
    path: '/api/trainings/courses/{id}/materials/{language}',
    tags,
    summary: "Write or replace a course's page in one language",
    access: ORGANISER,
    request: { params: MaterialParam, ...jsonBody(MaterialInput) },
    responses: { 200: jsonResponse(Material, 'Saved'), ...errorResponses },
  }),
};

export const courseRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(routes.list, async (c) => c.json({ courses: await listCourses(ctx) }, 200))
    .openapi(routes.create, async (c) => c.json(await createCourse(ctx, principalOf(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getCourse(ctx, c.req.valid('param').id), 200))
    .openapi(routes.edit, async (c) => c.json(await editCourse(ctx, principalOf(c), c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(routes.material, async (c) => {
      const { id, language } = c.req.valid('param');
      return c.json(await getMaterial(ctx, id, language), 200);
    })
    .openapi(routes.saveMaterial, async (c) => {
      const { id, language } = c.req.valid('param');
      return c.json(await saveMaterial(ctx, principalOf(c), id, language, c.req.valid('json')), 200);
    });
